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

/** The medians of [from, to] per breakdown (of those given) and key, by cell(). */
export async function summaryMedians(
  db: Db,
  from: string,
  to: string,
  dimensions: readonly SummaryDimension[],
): Promise<Map<string, Medians>> {
  const range = rangeConditions(from, to, indicatorDurationMonths.at, indicatorDurationDays.at);
  const parts = (
    [
      [indicatorDurationMonths, range.months],
      [indicatorDurationDays, range.days],
    ] as const
  ).flatMap(([t, where]) =>
    where
      ? [
          sql`select ${t.measure} as measure, ${t.dimension} as dimension, ${t.key} as key, ${t.days} as days, ${t.n} as n from ${t} where ${and(inArray(t.dimension, [...dimensions]), where)}`,
        ]
      : [],
  );
  if (parts.length === 0) return new Map();
  // Each histogram's two middle ranks are found where it lies: a national year is hundreds of
  // thousands of histogram rows, and only one row per key and measure leaves the database.
  const middles = sql`
    with h as (
      select measure, dimension, key, days, sum(n) as n from (${sql.join(parts, sql` union all `)}) r
      group by 1, 2, 3, 4 having sum(n) > 0
    ), c as (
      select measure, dimension, key, days,
        sum(n) over (partition by measure, dimension, key order by days) as seen,
        sum(n) over (partition by measure, dimension, key) as total
      from h
    )
    select measure, dimension, key, total,
      min(days) filter (where seen > floor((total - 1) / 2.0)) as low,
      min(days) filter (where seen > ceil((total - 1) / 2.0)) as high
    from c group by 1, 2, 3, 4`;
  const number = (column: string) => sql<number>`${sql.identifier(column)}::float8`.mapWith(Number);
  const rows = await db
    .select({
      measure: sql<string>`measure`,
      dimension: sql<string>`dimension`,
      key: sql<string>`key`,
      total: number('total'),
      low: number('low'),
      high: number('high'),
    })
    .from(sql`(${middles}) as m`);
  const medians = new Map<string, Medians>();
  for (const row of rows) {
    if (row.measure !== 'wait' && row.measure !== 'stay') continue;
    const place = cell(row.dimension, row.key);
    const both = medians.get(place) ?? { wait: null, stay: null };
    // As medianOf: the value at rank (N − 1) / 2, between the two ranks around it when N is even.
    const position = 0.5 * (row.total - 1);
    both[row.measure] = row.low + (position - Math.floor(position)) * (row.high - row.low);
    medians.set(place, both);
  }
  return medians;
}
