import { and, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { cell, splitRange, type SummaryDimension } from './summaries.js';
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
  const { months, days } = splitRange(from, to);
  const select = (t: typeof indicatorDurationDays | typeof indicatorDurationMonths) => ({
    measure: t.measure,
    dimension: t.dimension,
    key: t.key,
    days: t.days,
    n: sql<number>`sum(${t.n})::int`.mapWith(Number),
  });
  const histograms = new Map<string, Map<number, number>>();
  // A loop, not push(...rows): a national year is hundreds of thousands of rows.
  const add = (rows: Row[]) => {
    for (const row of rows) {
      const at = `${row.measure}\u0000${cell(row.dimension, row.key)}`;
      const histogram = histograms.get(at) ?? new Map<number, number>();
      histogram.set(row.days, (histogram.get(row.days) ?? 0) + row.n);
      histograms.set(at, histogram);
    }
  };
  if (months) {
    const m = indicatorDurationMonths;
    add(
      await db
        .select(select(m))
        .from(m)
        .where(
          and(
            inArray(m.dimension, [...dimensions]),
            sql`${m.at} between ${months[0] ?? from} and ${months[1]}`,
          ),
        )
        .groupBy(m.measure, m.dimension, m.key, m.days),
    );
  }
  if (days.length > 0) {
    const d = indicatorDurationDays;
    add(
      await db
        .select(select(d))
        .from(d)
        .where(
          and(
            inArray(d.dimension, [...dimensions]),
            or(...days.map(([a, b]) => sql`${d.at} between ${a} and ${b}`)),
          ),
        )
        .groupBy(d.measure, d.dimension, d.key, d.days),
    );
  }
  const medians = new Map<string, Medians>();
  for (const [at, histogram] of histograms) {
    const [measure = '', ...rest] = at.split('\u0000');
    const place = rest.join('\u0000');
    const entry = medians.get(place) ?? { wait: null, stay: null };
    if (measure === 'wait' || measure === 'stay') entry[measure] = medianOf(histogram);
    medians.set(place, entry);
  }
  return medians;
}
