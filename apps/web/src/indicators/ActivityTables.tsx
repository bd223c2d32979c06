import type { IndicatorsResponse } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { shown } from './labels.js';

interface Table {
  total: Record<string, number | null>;
  rows: { key: string; label: string | null; figures: Record<string, number | null> }[];
}
type Kind = 'partners' | 'thematiques' | 'issuers';

const COLORS = ['#1d4e89', '#2f7d32', '#8a4b08', '#6a1b9a'];

type ChartRow = Record<string, string | number>;

/** The table's bars (SVG, recharts, hidden from assistive tech: the table says the same). */
function ActivityChart({
  chart,
  columns,
  height,
}: {
  chart: ChartRow[];
  columns: string[];
  height: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="indicators-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={Math.max(160, height)}>
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
          {columns.map((c, i) => (
            <Bar
              key={c}
              dataKey={c}
              name={t(`indicators.activity.figure.${c}`)}
              fill={COLORS[i % COLORS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One activity table (attendance per partner or thématique, badges per issuer): a chart and its table. */
function ActivityTable({ kind, table }: { kind: Kind; table: Table }) {
  const { t } = useTranslation();
  const columns = Object.keys(table.total);
  const title = t(`indicators.activity.${kind}`);
  const name = (key: string, label: string | null) =>
    key === 'not_recorded'
      ? t('indicators.activity.noThematique')
      : (label ?? (kind === 'thematiques' ? t(`codes.thematique.${key}`, key) : key));
  const rows = table.rows.map((row) => ({ name: name(row.key, row.label), figures: row.figures }));
  const chart: ChartRow[] = rows.map(({ name: n, figures }) => ({
    name: n,
    ...Object.fromEntries(columns.map((c) => [c, figures[c] ?? 0])),
  }));
  const headingId = `activity-${kind}`;
  return (
    <section className="indicators-breakdown" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {rows.length === 0 ? (
        <p>{t('indicators.nothing')}</p>
      ) : (
        <div className="indicators-pair">
          <ActivityChart chart={chart} columns={columns} height={36 * rows.length + 60} />
          <div className="indicators-scroll" role="region" aria-label={title} tabIndex={0}>
            <table className="indicators-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`indicators.activity.key.${kind}`)}</th>
                  {columns.map((c) => (
                    <th scope="col" key={c}>
                      {t(`indicators.activity.figure.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.name}>
                    <th scope="row">{row.name}</th>
                    {columns.map((c) => (
                      <td key={c}>{shown(t, row.figures[c] ?? null)}</td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('indicators.activity.total')}</th>
                  {columns.map((c) => (
                    <td key={c}>{shown(t, table.total[c] ?? null)}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

/** Attendance (per partner, per thématique) and badges (per issuer) over the period. */
export function ActivityTables({ report }: { report: IndicatorsResponse }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('indicators.activity.title')}</h2>
      <ActivityTable kind="partners" table={report.attendance.partners} />
      <ActivityTable kind="thematiques" table={report.attendance.thematiques} />
      <ActivityTable kind="issuers" table={report.badges.issuers} />
    </>
  );
}
