import type { IndicatorsResponse } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { shown } from './labels.js';

/** The programme month by month against its two targets: a line chart and its table. */
export function ProgressChart({ report }: { report: IndicatorsResponse }) {
  const { t } = useTranslation();
  const { programme, progress } = report;
  if (progress.length === 0) return null;
  const data = progress.map((p) => ({
    month: p.month,
    engaged: p.engaged,
    dynamicExits: p.dynamicExits,
  }));
  return (
    <section aria-labelledby="indicators-months">
      <h2 id="indicators-months">{t('indicators.months')}</h2>
      <div className="indicators-pair">
        <div className="indicators-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data} accessibilityLayer={false} margin={{ right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Legend />
              <ReferenceLine y={programme.engagedTarget} stroke="#1d4e89" strokeDasharray="6 3" />
              <ReferenceLine
                y={programme.dynamicExitsTarget}
                stroke="#2f7d32"
                strokeDasharray="6 3"
              />
              <Line
                dataKey="engaged"
                name={t('indicators.figure.engaged')}
                stroke="#1d4e89"
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
              <Line
                dataKey="dynamicExits"
                name={t('indicators.figure.dynamicExits')}
                stroke="#2f7d32"
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <div
          className="indicators-scroll indicators-tall"
          role="region"
          aria-label={t('indicators.months')}
          tabIndex={0}
        >
          <table className="indicators-table">
            <caption className="visually-hidden">{t('indicators.months')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.month')}</th>
                <th scope="col">{t('indicators.figure.engaged')}</th>
                <th scope="col">{t('indicators.figure.dynamicExits')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{p.month}</th>
                  <td>{shown(t, p.engaged)}</td>
                  <td>{shown(t, p.dynamicExits)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

/** Of the people met in the period: how many reached discovery, signed a contract, left. */
export function Funnel({ report }: { report: IndicatorsResponse }) {
  const { t } = useTranslation();
  const f = report.figures;
  const steps = [
    { name: t('indicators.funnel.contacted'), value: f.discovery.created },
    { name: t('indicators.funnel.discovery'), value: f.funnel.discovery },
    { name: t('indicators.funnel.contract'), value: f.discovery.signedBy },
    { name: t('indicators.funnel.exit'), value: f.funnel.exit },
  ];
  return (
    <section aria-labelledby="indicators-funnel">
      <h2 id="indicators-funnel">
        <a href="#definition-funnel">{t('indicators.funnel.title')}</a>
      </h2>
      <div className="indicators-pair">
        <div className="indicators-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={200}>
            <BarChart
              data={steps.map((s) => ({ name: s.name, value: s.value ?? 0 }))}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Bar dataKey="value" fill="#1d4e89" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="indicators-table">
          <caption className="visually-hidden">{t('indicators.funnel.title')}</caption>
          <tbody>
            {steps.map((s) => (
              <tr key={s.name}>
                <th scope="row">{s.name}</th>
                <td>{shown(t, s.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
