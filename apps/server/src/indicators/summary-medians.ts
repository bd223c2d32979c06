import { and, type AnyColumn, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { cell, monthBlocks, splitRange, type SummaryDimension, within } from './summaries.js';
import {
  indicatorDurationDays,
  indicatorDurationMonthBlocks,
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

/** Lengths a dense tally holds; a histogram with a length outside them is merged by a Map. */
const DENSE_LENGTHS = 1 << 14;
let tally = new Float64Array(1024);

/** The integer at `at` in `text` (an optional '-', digits) and the index after its separator. */
function integerAt(text: string, at: number): [number, number] {
  let i = at;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  let value = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = value * 10 + c - 48;
  }
  return [negative ? -value : value, i + 1];
}

/** The histograms summed by a Map: lengths the tally cannot hold. */
function medianOfMap(days: string, n: string): number | null {
  const histogram = new Map<number, number>();
  const lengths = days.split(/[,;]/);
  const counts = n.split(/[,;]/);
  lengths.forEach((length, i) => {
    if (length === '') return;
    histogram.set(Number(length), (histogram.get(Number(length)) ?? 0) + Number(counts[i]));
  });
  return medianOf(histogram);
}

/**
 * The median of a key's histograms as PostgreSQL sends them: lengths and counts side by side, ','
 * within a row's histogram and ';' between rows (a year, a month, a day). They are read straight
 * into a tally indexed by length, no array per row (ADR 0032); a Map takes lengths it cannot hold.
 */
export function medianOfText(days: string, n: string): number | null {
  let hi = -1;
  let lo = DENSE_LENGTHS;
  for (let i = 0, j = 0; i < days.length;) {
    if (days.charCodeAt(i) === 59) {
      i++;
      j++;
      continue;
    }
    const [length, nextI] = integerAt(days, i);
    const [count, nextJ] = integerAt(n, j);
    if (length < 0 || length >= DENSE_LENGTHS) {
      if (hi >= 0) tally.fill(0, lo, hi + 1);
      return medianOfMap(days, n);
    }
    if (tally.length <= length)
      tally = Float64Array.from({ length: Math.min(DENSE_LENGTHS, 2 * (length + 1)) }, (_, k) =>
        k < tally.length ? (tally[k] ?? 0) : 0,
      );
    tally[length] = (tally[length] ?? 0) + count;
    hi = Math.max(hi, length);
    lo = Math.min(lo, length);
    i = nextI;
    j = nextJ;
  }
  if (hi < 0) return null;
  const lengths: number[] = [];
  const counts: number[] = [];
  for (let length = lo; length <= hi; length++) {
    const count = tally[length] ?? 0;
    if (count !== 0) {
      lengths.push(length);
      counts.push(count);
    }
  }
  tally.fill(0, lo, hi + 1);
  return medianOfSorted(lengths, counts);
}

/**
 * The medians of [from, to] per breakdown (of those given) and key, by cell(). A key's whole years,
 * blocks of months and edge days come as one row per measure, their histograms joined as text (';'
 * between rows, ',' within): at 5,000 référents and three years, shipping 14 rows a key cost more
 * than the merge (ADR 0032). Blocks make ten months of a year two rows (ADR 0034).
 */
export async function summaryMedians(
  db: Db,
  from: string,
  to: string,
  dimensions: readonly SummaryDimension[],
): Promise<Map<string, Medians>> {
  const { years, months, days } = splitRange(from, to, true);
  const inDimensions = (column: AnyColumn) => inArray(column, [...dimensions]);
  const parts: SQL[] = [];
  const y = indicatorDurationYears;
  if (years)
    parts.push(sql`select ${y.measure}, ${y.dimension}, ${y.key},
      array_to_string(${y.days}, ','), array_to_string(${y.n}, ',')
      from ${y} where ${and(inDimensions(y.dimension), within(y.at, [years]) ?? undefined)}`);
  // Runs of months as blocks of 8, 4, 2 months (ADR 0034) and single months.
  const blocks = monthBlocks(months);
  const k = indicatorDurationMonthBlocks;
  const wide = blocks.filter((b) => b.span > 1);
  if (wide.length > 0)
    parts.push(sql`select ${k.measure}, ${k.dimension}, ${k.key},
        array_to_string(${k.days}, ','), array_to_string(${k.n}, ',')
      from ${k} join (values ${sql.join(
        wide.map((b) => sql`(${b.at}::date, ${b.span}::int)`),
        sql`, `,
      )}) as b(at, span) on ${k.at} = b.at and ${k.span} = b.span
      where ${inDimensions(k.dimension)}`);
  const m = indicatorDurationSpreads;
  const single = blocks.filter((b) => b.span === 1).map((b) => [b.at, b.at] as const);
  if (single.length > 0)
    parts.push(sql`select ${m.measure}, ${m.dimension}, ${m.key},
      array_to_string(${m.days}, ','), array_to_string(${m.n}, ',')
      from ${m} where ${and(inDimensions(m.dimension), within(m.at, single) ?? undefined)}`);
  const d = indicatorDurationDays;
  if (days.length > 0)
    parts.push(sql`select ${d.measure}, ${d.dimension}, ${d.key}, ${d.days}::text, ${d.n}::text
      from ${d} where ${and(inDimensions(d.dimension), within(d.at, days) ?? undefined)}`);
  const medians = new Map<string, Medians>();
  if (parts.length === 0) return medians;
  // Both aggregates read the rows in one order, so the nth lengths go with the nth counts.
  const rows = await db
    .select({
      measure: sql<string>`measure`,
      dimension: sql<string>`dimension`,
      key: sql<string>`key`,
      days: sql<string>`string_agg(days, ';')`,
      n: sql<string>`string_agg(n, ';')`,
    })
    .from(sql`(${sql.join(parts, sql` union all `)}) as r(measure, dimension, key, days, n)`)
    .groupBy(sql`1`, sql`2`, sql`3`);
  for (const row of rows) {
    if (row.measure !== 'wait' && row.measure !== 'stay') continue;
    const place = cell(row.dimension, row.key);
    const both = medians.get(place) ?? { wait: null, stay: null };
    both[row.measure] = medianOfText(row.days, row.n);
    medians.set(place, both);
  }
  return medians;
}
