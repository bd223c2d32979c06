import { addMonths } from '@territoires/contracts';
import { and, count, gt, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { addDays } from '../time/days.js';
import type { Scope } from './definitions.js';
import { cell } from './summaries.js';
import { indicatorActivityGapMonths, indicatorActivityGaps } from './tables.js';

/*
 * ADR 0030: how many of a key's people have a gap that straddles [from, to] (a < from, b > to).
 * Gaps from before the period's first month to after its last are counted per pair of months
 * (indicator_activity_gap_months, a few thousand rows); only those with an end in an edge month,
 * when the period does not begin or end with its month, are read one by one (a month of them).
 */

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The straddling gaps per measure, breakdown and key, by `${measure}\u0000${cell()}`. */
export async function straddlingActivityGaps(
  db: Db,
  scope: Scope,
  dimensions: readonly string[],
): Promise<Map<string, number>> {
  const firstMonth = monthOf(scope.from);
  const lastMonth = monthOf(scope.to);
  const lastMonthEnd = addDays(addMonths(lastMonth, 1), -1);
  const m = indicatorActivityGapMonths;
  const g = indicatorActivityGaps;
  const byKey = { measure: g.measure, dimension: g.dimension, key: g.key, n: count() };
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
  const oneByOne = (...conditions: SQL[]) =>
    db
      .select(byKey)
      .from(g)
      .where(and(inArray(g.dimension, [...dimensions]), gt(g.before, scope.to), ...conditions))
      .groupBy(g.measure, g.dimension, g.key);
  // From the first month's days before `from`; to the last month's days after `to`.
  if (scope.from !== firstMonth)
    reads.push(oneByOne(gte(g.after, firstMonth), lt(g.after, scope.from)));
  if (scope.to !== lastMonthEnd)
    reads.push(oneByOne(lt(g.after, firstMonth), lte(g.before, lastMonthEnd)));
  const gaps = new Map<string, number>();
  for (const rows of await Promise.all(reads))
    for (const r of rows) {
      const at = `${r.measure}\u0000${cell(r.dimension, r.key)}`;
      gaps.set(at, (gaps.get(at) ?? 0) + r.n);
    }
  return gaps;
}
