import { addMonths } from '@territoires/contracts';
import { and, type AnyColumn, gt, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { addDays } from '../time/days.js';
import { cell } from './summaries.js';
import type { indicatorGapMonths } from './tables.js';

/*
 * ADR 0030, 0031: how many of a key's people have a gap that straddles [from, to] (a < from, b > to).
 * Gaps from before the period's first month to after its last are counted per pair of months; only
 * those with an end in an edge month, when the period does not begin or end with its month, are
 * read one by one. The programme's gaps (summary-gaps.ts) and attendance's (activity-gaps.ts) differ
 * only in their tables and in how a gap row names its key.
 */

export type GapRow = { measure: string; dimension: string; key: string; n: number };

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/**
 * `after_month < month`, as the list of those months since the earliest one: the index on
 * (dimension, after_month, before_month) then reads, for each, only the gaps ending after the
 * period, not every gap that begins before it (référent, a year: 50,000 entries, not 575,000).
 */
function monthsBefore(
  m: typeof indicatorGapMonths,
  dimensions: readonly string[],
  month: string,
): SQL {
  const asked = sql`array[${sql.join(
    dimensions.map((d) => sql`${d}`),
    sql`, `,
  )}]::text[]`;
  const earliest = sql`(select min(f.at) from unnest(${asked}) as d(dimension)
    cross join lateral (select min(${m.afterMonth}) as at from ${m} where ${m.dimension} = d.dimension) as f)`;
  return sql`${m.afterMonth} = any(array(select generate_series(${earliest},
    ${month}::date - interval '1 month', interval '1 month')::date))`;
}

/** The straddling gaps per measure, breakdown and key, by `${measure}\u0000${cell()}`. */
export async function straddlingGaps(
  db: Db,
  period: { from: string; to: string },
  dimensions: readonly string[],
  tables: {
    months: typeof indicatorGapMonths;
    gaps: { after: AnyColumn; before: AnyColumn };
    /** The gaps matching the conditions (and ending after `to`), counted per measure and key. */
    oneByOne: (...conditions: SQL[]) => Promise<GapRow[]>;
  },
): Promise<Map<string, number>> {
  const { from, to } = period;
  const firstMonth = monthOf(from);
  const lastMonth = monthOf(to);
  const lastMonthEnd = addDays(addMonths(lastMonth, 1), -1);
  const { months: m, gaps: g, oneByOne } = tables;
  const reads: Promise<GapRow[]>[] = [
    db
      .select({
        measure: m.measure,
        dimension: m.dimension,
        key: m.key,
        n: sql<number>`sum(${m.n})::int`.mapWith(Number),
      })
      .from(m)
      .where(
        and(
          inArray(m.dimension, [...dimensions]),
          monthsBefore(m, dimensions, firstMonth),
          gt(m.beforeMonth, lastMonth),
        ),
      )
      .groupBy(m.measure, m.dimension, m.key),
  ];
  // From the first month's days before `from`; to the last month's days after `to`.
  if (from !== firstMonth)
    reads.push(oneByOne(gt(g.before, to), gte(g.after, firstMonth), lt(g.after, from)));
  if (to !== lastMonthEnd)
    reads.push(oneByOne(gt(g.before, to), lt(g.after, firstMonth), lte(g.before, lastMonthEnd)));
  const gaps = new Map<string, number>();
  for (const rows of await Promise.all(reads))
    for (const r of rows) {
      const at = `${r.measure}\u0000${cell(r.dimension, r.key)}`;
      gaps.set(at, (gaps.get(at) ?? 0) + r.n);
    }
  return gaps;
}
