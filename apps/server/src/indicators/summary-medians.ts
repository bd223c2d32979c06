import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { cell, rangeConditions, type SummaryDimension } from './summaries.js';
import {
  indicatorDurationDays,
  indicatorDurationSpreads,
  indicatorDurationYears,
} from './tables.js';

/*
 * The two medians of docs/indicators.md#durations from the histograms of ADR 0029: how many
 * durations of each length per breakdown key and day (and month, and year: ADR 0031). A period's
 * histogram is its whole years and months plus its edge days; its median interpolates like
 * percentile_cont(0.5).
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

/** The medians of [from, to] per breakdown (of those given) and key, by cell(). */
export async function summaryMedians(
  db: Db,
  from: string,
  to: string,
  dimensions: readonly SummaryDimension[],
): Promise<Map<string, Medians>> {
  const range = rangeConditions(from, to, {
    year: indicatorDurationYears.at,
    month: indicatorDurationSpreads.at,
    day: indicatorDurationDays.at,
  });
  const histograms = new Map<string, Record<keyof Medians, Map<number, number>>>();
  const add = (measure: string, dimension: string, key: string, days: number, n: number) => {
    if (measure !== 'wait' && measure !== 'stay') return;
    const place = cell(dimension, key);
    const both = histograms.get(place) ?? {
      wait: new Map<number, number>(),
      stay: new Map<number, number>(),
    };
    both[measure].set(days, (both[measure].get(days) ?? 0) + n);
    histograms.set(place, both);
  };
  // Whole years and whole months: a row per key and year (month), its lengths and counts side by side.
  for (const [w, condition] of [
    [indicatorDurationYears, range.years],
    [indicatorDurationSpreads, range.months],
  ] as const)
    if (condition)
      for (const row of await db
        .select({ measure: w.measure, dimension: w.dimension, key: w.key, days: w.days, n: w.n })
        .from(w)
        .where(and(inArray(w.dimension, [...dimensions]), condition)))
        row.days.forEach((days, i) => {
          add(row.measure, row.dimension, row.key, days, row.n[i] ?? 0);
        });
  const d = indicatorDurationDays;
  // A loop, not push(...rows): the edge days can be many rows.
  if (range.days)
    for (const row of await db
      .select({
        measure: d.measure,
        dimension: d.dimension,
        key: d.key,
        days: d.days,
        n: sql<number>`sum(${d.n})::int`.mapWith(Number),
      })
      .from(d)
      .where(and(inArray(d.dimension, [...dimensions]), range.days))
      .groupBy(d.measure, d.dimension, d.key, d.days))
      add(row.measure, row.dimension, row.key, row.days, row.n);
  const medians = new Map<string, Medians>();
  for (const [place, both] of histograms)
    medians.set(place, { wait: medianOf(both.wait), stay: medianOf(both.stay) });
  return medians;
}
