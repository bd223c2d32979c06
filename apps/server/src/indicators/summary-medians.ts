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

/** percentile_cont(0.5) of a histogram given as lengths in increasing order and their counts. */
export function medianOfSorted(
  lengths: readonly number[],
  counts: readonly number[],
): number | null {
  let total = 0;
  for (let i = 0; i < lengths.length; i++) total += Math.max(counts[i] ?? 0, 0);
  if (total === 0) return null;
  const valueAt = (rank: number): number => {
    let seen = 0;
    let last = 0;
    for (let i = 0; i < lengths.length; i++) {
      const n = counts[i] ?? 0;
      if (n <= 0) continue;
      last = lengths[i] ?? 0;
      seen += n;
      if (rank < seen) return last;
    }
    return last;
  };
  const position = 0.5 * (total - 1);
  const low = valueAt(Math.floor(position));
  return low + (position - Math.floor(position)) * (valueAt(Math.ceil(position)) - low);
}

/** percentile_cont(0.5) of a histogram (length → how many). */
export function medianOf(histogram: Map<number, number>): number | null {
  const lengths = [...histogram.keys()].sort((a, b) => a - b);
  return medianOfSorted(
    lengths,
    lengths.map((days) => histogram.get(days) ?? 0),
  );
}

const numbers = (list: string): number[] => (list === '' ? [] : list.split(',').map(Number));

/** A key's histograms as the rows gave them: one row alone is already in order (ADR 0031). */
type Chunks = Record<keyof Medians, { days: number[]; n: number[] }[]>;

function medianOfChunks(chunks: Chunks[keyof Medians]): number | null {
  const [only] = chunks;
  if (chunks.length === 1 && only) return medianOfSorted(only.days, only.n);
  const histogram = new Map<number, number>();
  for (const { days, n } of chunks)
    days.forEach((length, i) => histogram.set(length, (histogram.get(length) ?? 0) + (n[i] ?? 0)));
  return medianOf(histogram);
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
  const histograms = new Map<string, Chunks>();
  const add = (row: {
    measure: string;
    dimension: string;
    key: string;
    days: number[];
    n: number[];
  }) => {
    if (row.measure !== 'wait' && row.measure !== 'stay') return;
    const place = cell(row.dimension, row.key);
    let both = histograms.get(place);
    if (!both) histograms.set(place, (both = { wait: [], stay: [] }));
    both[row.measure].push(row);
  };
  // Whole years and whole months: a row per key and year (month), its lengths and counts side by side.
  for (const [w, condition] of [
    [indicatorDurationYears, range.years],
    [indicatorDurationSpreads, range.months],
  ] as const)
    if (condition)
      for (const row of await db
        .select({
          measure: w.measure,
          dimension: w.dimension,
          key: w.key,
          // As text: splitting a string is a fraction of the driver's array parsing (ADR 0031).
          days: sql<string>`array_to_string(${w.days}, ',')`,
          n: sql<string>`array_to_string(${w.n}, ',')`,
        })
        .from(w)
        .where(and(inArray(w.dimension, [...dimensions]), condition)))
        add({ ...row, days: numbers(row.days), n: numbers(row.n) });
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
      add({ ...row, days: [row.days], n: [row.n] });
  const medians = new Map<string, Medians>();
  for (const [place, both] of histograms)
    medians.set(place, { wait: medianOfChunks(both.wait), stay: medianOfChunks(both.stay) });
  return medians;
}
