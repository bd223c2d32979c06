import { and, count, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import type { Scope } from './definitions.js';
import { straddlingGaps } from './gap-months.js';
import { indicatorActivityGapMonths, indicatorActivityGaps } from './tables.js';

/*
 * ADR 0030: attendance's straddling gaps (gap-months.ts): a gap row names its breakdown and key.
 */

/** The straddling gaps per measure, breakdown and key, by `${measure}\u0000${cell()}`. */
export function straddlingActivityGaps(
  db: Db,
  scope: Scope,
  dimensions: readonly string[],
): Promise<Map<string, number>> {
  const g = indicatorActivityGaps;
  return straddlingGaps(db, scope, dimensions, {
    months: indicatorActivityGapMonths,
    gaps: g,
    oneByOne: (...conditions: SQL[]) =>
      db
        .select({ measure: g.measure, dimension: g.dimension, key: g.key, n: count() })
        .from(g)
        .where(and(inArray(g.dimension, [...dimensions]), ...conditions))
        .groupBy(g.measure, g.dimension, g.key),
  });
}
