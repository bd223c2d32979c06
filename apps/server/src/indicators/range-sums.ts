import { type AnyColumn, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database.js';
import { addDays } from '../time/days.js';
import { cell, monthBlocks, splitRange } from './summaries.js';

/*
 * The three sums every summarised figure is made of (ADR 0029, 0030), read in one pass over each of
 * a summary's row kinds (years if it keeps them, ADR 0031; months; days): over the period, up to its
 * last day (firsts) and before its first day (lasts). Only two are read: up to the last day is
 * before the first day plus the period (ADR 0032). Runs of months are read as blocks of 8, 4, 2
 * and 1 months (ADR 0034).
 */

export const RANGES = ['period', 'upToTo', 'beforeFrom'] as const;
export type Range = (typeof RANGES)[number];
export type RangeSums<M extends string> = Record<Range, Record<M, number>>;

/** A summary table: its breakdown, key and date columns, and one column per measure. */
export interface SummaryTable<M extends string> {
  table: PgTable;
  dimension: AnyColumn;
  key: AnyColumn;
  at: AnyColumn;
  /** A block table's length in months (ADR 0034). */
  span?: AnyColumn;
  measures: Record<M, AnyColumn>;
}

/** The summary's tables: whole years (if kept), blocks of months (if kept), months, edge days. */
export interface SummaryTables<M extends string> {
  years?: SummaryTable<M>;
  blocks?: SummaryTable<M>;
  months: SummaryTable<M>;
  days: SummaryTable<M>;
}

type Part = 'years' | 'blocks' | 'months' | 'days';

/** Each range's rows of one table as (range, lo, hi, span) to join. */
function rowsToJoin(
  part: Part,
  byRange: readonly (readonly [string, ReturnType<typeof splitRange>])[],
  withBlocks: boolean,
): SQL[] {
  return byRange.flatMap(([range, s]) => {
    if (withBlocks && (part === 'blocks' || part === 'months'))
      return monthBlocks(s.months)
        .filter((b) => (part === 'blocks') === b.span > 1)
        .map((b) => sql`(${range}, ${b.at}::date, ${b.at}::date, ${b.span}::int)`);
    const list = part === 'years' ? (s.years ? [s.years] : []) : part === 'blocks' ? [] : s[part];
    return list.map(([a, b]) => sql`(${range}, ${a}::date, ${b}::date, 1)`);
  });
}

export async function periodRangeSums<M extends string>(
  db: Db,
  summary: SummaryTables<M>,
  period: { from: string; to: string },
  dimensions: readonly string[],
): Promise<Map<string, RangeSums<M>>> {
  const names = Object.keys(summary.months.measures) as M[];
  const none = () => Object.fromEntries(names.map((m) => [m, 0])) as Record<M, number>;
  const result = new Map<string, RangeSums<M>>();
  const withYears = summary.years !== undefined;
  const byRange = [
    ['period', splitRange(period.from, period.to, withYears)],
    ['beforeFrom', splitRange(null, addDays(period.from, -1), withYears)],
  ] as const;
  // Runs of months are read as blocks where the summary keeps them (ADR 0034).
  const withBlocks = withYears && summary.blocks !== undefined;
  for (const part of ['years', 'blocks', 'months', 'days'] as const) {
    const t = summary[part];
    if (t === undefined) continue;
    // Each range's intervals as rows to join: one plan, 28 sums, whatever the period.
    const intervals = rowsToJoin(part, byRange, withBlocks);
    if (intervals.length === 0) continue;
    // The 28 sums as one text: at 5,000 keys, parsing one string a row is a third of the time of
    // mapping 28 columns (ADR 0031).
    const sums = sql<string>`concat_ws(',', ${sql.join(
      names.map((m) => sql`sum(${t.measures[m]})`),
      sql`, `,
    )})`;
    const rows = await db
      .select({
        dimension: sql<string>`${t.dimension}`,
        key: sql<string>`${t.key}`,
        range: sql<Range>`r.range`,
        sums,
      })
      .from(t.table)
      .innerJoin(
        sql`(values ${sql.join(intervals, sql`, `)}) as r(range, lo, hi, span)`,
        sql`${t.at} <= r.hi and (r.lo is null or ${t.at} >= r.lo)${
          t.span ? sql` and ${t.span} = r.span` : sql``
        }`,
      )
      .where(inArray(t.dimension, [...dimensions]))
      .groupBy(sql`1`, sql`2`, sql`3`);
    for (const row of rows) {
      const place = cell(row.dimension, row.key);
      const at = result.get(place) ?? { period: none(), upToTo: none(), beforeFrom: none() };
      const values = row.sums.split(',');
      const sumsOf = at[row.range];
      names.forEach((m, i) => {
        sumsOf[m] += Number(values[i]);
      });
      result.set(place, at);
    }
  }
  for (const at of result.values())
    for (const m of names) at.upToTo[m] = at.beforeFrom[m] + at.period[m];
  return result;
}
