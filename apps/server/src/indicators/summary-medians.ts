import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { cell, rangeConditions, type SummaryDimension } from './summaries.js';
import { indicatorDurationDays, indicatorDurationMonths } from './tables.js';

/*
 * The two medians of docs/indicators.md#durations from the histograms of ADR 0029: how many
 * durations of each length per breakdown key and day (and month). A period's histogram is its whole
 * months plus its edge days; its median interpolates like percentile_cont(0.5).
 */

export interface Medians {
  /** First contact to first contract (contracts signed in the period). */
  wait: number | null;
  /** Contract to exit (exits in the period that followed a contract). */
  stay: number | null;
}

/** percentile_cont(0.5) of a histogram (length → how many). */
export function medianOf(histogram: Map<number, number>): number | null {
  const lengths = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = lengths.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const valueAt = (rank: number): number => {
    let seen = 0;
    for (const [days, n] of lengths) {
      seen += n;
      if (rank < seen) return days;
    }
    return lengths.at(-1)?.[0] ?? 0;
  };
  const position = 0.5 * (total - 1);
  const low = valueAt(Math.floor(position));
  return low + (position - Math.floor(position)) * (valueAt(Math.ceil(position)) - low);
}

type Row = { measure: string; dimension: string; key: string; days: number; n: number };

/** The medians of [from, to] per breakdown (of those given) and key, by cell(). */
export async function summaryMedians(
  db: Db,
  from: string,
  to: string,
  dimensions: readonly SummaryDimension[],
): Promise<Map<string, Medians>> {
  const range = rangeConditions(from, to, indicatorDurationMonths.at, indicatorDurationDays.at);
  const select = (t: typeof indicatorDurationDays | typeof indicatorDurationMonths) => ({
    measure: t.measure,
    dimension: t.dimension,
    key: t.key,
    days: t.days,
    n: sql<number>`sum(${t.n})::int`.mapWith(Number),
  });
  const histograms = new Map<string, Record<keyof Medians, Map<number, number>>>();
  // A loop, not push(...rows): a national year is hundreds of thousands of rows.
  const add = (rows: Row[]) => {
    for (const row of rows) {
      if (row.measure !== 'wait' && row.measure !== 'stay') continue;
      const place = cell(row.dimension, row.key);
      const both = histograms.get(place) ?? {
        wait: new Map<number, number>(),
        stay: new Map<number, number>(),
      };
      const histogram = both[row.measure];
      histogram.set(row.days, (histogram.get(row.days) ?? 0) + row.n);
      histograms.set(place, both);
    }
  };
  for (const [t, where] of [
    [indicatorDurationMonths, range.months],
    [indicatorDurationDays, range.days],
  ] as const)
    if (where)
      add(
        await db
          .select(select(t))
          .from(t)
          .where(and(inArray(t.dimension, [...dimensions]), where))
          .groupBy(t.measure, t.dimension, t.key, t.days),
      );
  const medians = new Map<string, Medians>();
  for (const [place, both] of histograms)
    medians.set(place, { wait: medianOf(both.wait), stay: medianOf(both.stay) });
  return medians;
}
