import { count, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { straddlingGaps } from './gap-months.js';
import { SUMMARY_DIMENSIONS, type SummaryDimension } from './summaries.js';
import { indicatorGapMonths, indicatorGaps } from './tables.js';

/*
 * ADR 0031: the programme's straddling gaps (gap-months.ts): a gap row carries its participant's
 * keys, unnested for the breakdowns asked.
 */

/** The straddling gaps, by `${measure}\u0000${cell()}`. */
export function straddling(
  db: Db,
  from: string,
  to: string,
  dimensions: readonly SummaryDimension[],
): Promise<Map<string, number>> {
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
  return straddlingGaps(db, { from, to }, dimensions, {
    months: indicatorGapMonths,
    gaps: g,
    oneByOne: (...conditions: SQL[]) =>
      db
        .select({
          measure: g.measure,
          dimension: sql<string>`d.dimension`,
          key: sql<string>`d.key`,
          n: count(),
        })
        .from(g)
        .innerJoin(unnested, sql`true`)
        .where(sql.join(conditions, sql` and `))
        .groupBy(sql`1`, sql`2`, sql`3`),
  });
}
