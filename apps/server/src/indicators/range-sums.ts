import { and, type AnyColumn, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database.js';
import { addDays } from '../time/days.js';
import { cell, rangeConditions } from './summaries.js';

/*
 * The three sums every summarised figure is made of (ADR 0029, 0030), read in one pass over each of
 * a summary's row kinds (years if it keeps them, ADR 0031; months; days): over the period, up to its
 * last day (firsts) and before its first day (lasts).
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
  measures: Record<M, AnyColumn>;
}

export async function periodRangeSums<M extends string>(
  db: Db,
  summary: { years?: SummaryTable<M>; months: SummaryTable<M>; days: SummaryTable<M> },
  period: { from: string; to: string },
  dimensions: readonly string[],
): Promise<Map<string, RangeSums<M>>> {
  const names = Object.keys(summary.months.measures) as M[];
  const none = () => Object.fromEntries(names.map((m) => [m, 0])) as Record<M, number>;
  const ranges: Record<Range, readonly [string | null, string]> = {
    period: [period.from, period.to],
    upToTo: [null, period.to],
    beforeFrom: [null, addDays(period.from, -1)],
  };
  const result = new Map<string, RangeSums<M>>();
  const columns = { year: summary.years?.at, month: summary.months.at, day: summary.days.at };
  for (const part of ['years', 'months', 'days'] as const) {
    const t = summary[part];
    if (t === undefined) continue;
    const conditions = RANGES.map((range) => {
      const [from, to] = ranges[range];
      return rangeConditions(from, to, columns)[part];
    });
    const present = conditions.filter((c): c is SQL => c !== null);
    if (present.length === 0) continue;
    const sums = Object.fromEntries(
      RANGES.flatMap((range, i) => {
        const condition = conditions[i];
        return names.map((m) => [
          `${range}.${m}`,
          condition
            ? sql<number>`coalesce(sum(${t.measures[m]}) filter (where ${condition}), 0)::float8`.mapWith(
                Number,
              )
            : sql<number>`0`.mapWith(Number),
        ]);
      }),
    );
    const rows = await db
      .select({
        dimension: sql<string>`${t.dimension}`,
        key: sql<string>`${t.key}`,
        ...sums,
      })
      .from(t.table)
      .where(and(inArray(t.dimension, [...dimensions]), or(...present)))
      .groupBy(sql`${t.dimension}`, sql`${t.key}`);
    for (const row of rows) {
      const place = cell(row.dimension, row.key);
      const at = result.get(place) ?? { period: none(), upToTo: none(), beforeFrom: none() };
      const values = row as unknown as Record<string, number>;
      for (const range of RANGES)
        for (const m of names) at[range][m] += values[`${range}.${m}`] ?? 0;
      result.set(place, at);
    }
  }
  return result;
}
