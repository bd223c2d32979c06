import { addMonths } from '@territoires/contracts';
import { and, count, gt, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { addDays } from '../time/days.js';
import { cell, SUMMARY_DIMENSIONS, type SummaryDimension } from './summaries.js';
import { indicatorGapMonths, indicatorGaps } from './tables.js';

/*
 * ADR 0031: the pairs of days that straddle [from, to] (a < from, b > to) per measure, breakdown and
 * key. Those from before the period's first month to after its last straddle it whatever their
 * days: they are counted per pair of months (indicator_gap_months). Only those with an end in an
 * edge month, when the period does not begin or end with its month, are read one by one, with the
 * keys each gap carries.
 */

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The straddling gaps, by `${measure}\u0000${cell()}`. */
export async function straddling(
  db: Db,
  from: string,
  to: string,
  dimensions: readonly SummaryDimension[],
): Promise<Map<string, number>> {
  const firstMonth = monthOf(from);
  const lastMonth = monthOf(to);
  const lastMonthEnd = addDays(addMonths(lastMonth, 1), -1);
  const m = indicatorGapMonths;
  type Row = { measure: string; dimension: string; key: string; n: number };
  const reads: Promise<Row[]>[] = [
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
          lt(m.afterMonth, firstMonth),
          gt(m.beforeMonth, lastMonth),
        ),
      )
      .groupBy(m.measure, m.dimension, m.key),
  ];
  const g = indicatorGaps;
  const names = sql.join(
    dimensions.map((d) => sql`${d}`),
    sql`, `,
  );
  // Each dimension's key by its place in the gap's keys (1-based in SQL).
  const places = sql.join(
    dimensions.map((d) => sql`${g.keys}[${SUMMARY_DIMENSIONS.indexOf(d) + 1}]`),
    sql`, `,
  );
  const unnested = sql`lateral unnest(array[${names}]::text[], array[${places}]::text[]) as d(dimension, key)`;
  const oneByOne = (...conditions: SQL[]) =>
    db
      .select({
        measure: g.measure,
        dimension: sql<string>`d.dimension`,
        key: sql<string>`d.key`,
        n: count(),
      })
      .from(g)
      .innerJoin(unnested, sql`true`)
      .where(and(gt(g.before, to), ...conditions))
      .groupBy(sql`1`, sql`2`, sql`3`);
  // From the first month's days before `from`; to the last month's days after `to`.
  if (from !== firstMonth) reads.push(oneByOne(gte(g.after, firstMonth), lt(g.after, from)));
  if (to !== lastMonthEnd)
    reads.push(oneByOne(lt(g.after, firstMonth), lte(g.before, lastMonthEnd)));
  const gaps = new Map<string, number>();
  for (const rows of await Promise.all(reads))
    for (const r of rows) {
      const at = `${r.measure}\u0000${cell(r.dimension, r.key)}`;
      gaps.set(at, (gaps.get(at) ?? 0) + r.n);
    }
  return gaps;
}
