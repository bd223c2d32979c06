import type { IndicatorsResponse } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { keyLabel, shown } from './labels.js';

type BreakdownData = IndicatorsResponse['breakdowns'][number];
interface Row {
  name: string;
  figures: BreakdownData['rows'][number]['figures'];
}

/**
 * The breakdown's figures as a table: what screen readers, copy and paste and print rely on. On a
 * phone it scrolls sideways in a focusable region, so keyboards reach it too.
 */
function BreakdownTable({
  dimension,
  rows,
}: {
  dimension: BreakdownData['dimension'];
  rows: Row[];
}) {
  const { t } = useTranslation();
  const title = t(`indicators.dimension.${dimension}`);
  return (
    <div className="indicators-scroll" role="region" aria-label={title} tabIndex={0}>
      <table className="indicators-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{t('indicators.figure.entries')}</th>
            <th scope="col">{t('indicators.figure.created')}</th>
            <th scope="col">{t('indicators.figure.dynamicExits')}</th>
            <th scope="col">{t('indicators.figure.civicExits')}</th>
            <th scope="col">{t('indicators.figure.within15')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, figures }) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{shown(t, figures.entries)}</td>
              <td>{shown(t, figures.discovery.created)}</td>
              <td>{shown(t, figures.dynamicExits)}</td>
              <td>{shown(t, figures.civicExits)}</td>
              <td>{shown(t, figures.compliance.withinFifteenMonths)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One breakdown: a bar chart (SVG, recharts, hidden from assistive tech) and the same figures as a table. */
export function Breakdown({ breakdown }: { breakdown: BreakdownData }) {
  const { t } = useTranslation();
  const { dimension } = breakdown;
  const rows: Row[] = breakdown.rows.map((row) => ({
    name: keyLabel(t, dimension, row.key, row.label),
    figures: row.figures,
  }));
  const chart = rows.map(({ name, figures }) => ({
    name,
    entries: figures.entries ?? 0,
    dynamicExits: figures.dynamicExits ?? 0,
  }));
  const headingId = `breakdown-${dimension}`;
  return (
    <section className="indicators-breakdown" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`indicators.dimension.${dimension}`)}</h3>
      {rows.length === 0 ? (
        <p>{t('indicators.nothing')}</p>
      ) : (
        <div className="indicators-pair">
          <div className="indicators-chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={Math.max(160, 36 * rows.length + 60)}>
              <BarChart
                data={chart}
                layout="vertical"
                accessibilityLayer={false}
                margin={{ left: 8, right: 16 }}
              >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
                <Legend />
                <Bar
                  dataKey="entries"
                  name={t('indicators.figure.entries')}
                  fill="#1d4e89"
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="dynamicExits"
                  name={t('indicators.figure.dynamicExits')}
                  fill="#2f7d32"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <BreakdownTable dimension={dimension} rows={rows} />
        </div>
      )}
    </section>
  );
}
