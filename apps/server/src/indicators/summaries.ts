import { addMonths, INDICATOR_DIMENSIONS } from '@territoires/contracts';
import {
  and,
  type AnyColumn,
  count,
  getTableColumns,
  gt,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { addDays } from '../time/days.js';
import type { Scope } from './definitions.js';
import { indicatorDays, indicatorGaps, indicatorMonths, indicatorSubjects } from './tables.js';

/*
 * Reads of the summary tables of ADR 0029 (drizzle/0020 keeps them). A period's sum is its whole
 * months from indicator_months and its edge days from indicator_days; people counted once are
 * firsts up to `to`, minus lasts before `from`, minus the gaps that straddle the period.
 */

/** The breakdowns of the summaries, in the order of indicator_subjects.keys. */
export const SUMMARY_DIMENSIONS = ['all', ...INDICATOR_DIMENSIONS] as const;
export type SummaryDimension = (typeof SUMMARY_DIMENSIONS)[number];

/** The summaries hold the programme as a whole; a territory, an organisation or a view reads the base tables. */
export const summarised = (scope: Scope): boolean =>
  scope.territory === undefined && scope.organisationId === undefined && scope.within === undefined;

const { dimension: _d, key: _k, month: _m, ...monthMeasures } = getTableColumns(indicatorMonths);
const { dimension: _dd, key: _kk, day: _day, ...dayMeasures } = getTableColumns(indicatorDays);
export type Measure = keyof typeof monthMeasures;
export type Sums = Record<Measure, number>;
export const MEASURES = Object.keys(monthMeasures) as Measure[];

/** A row's place in the maps: its breakdown and key. */
export const cell = (dimension: string, key: string): string => `${dimension}\u0000${key}`;

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
const isMonthEnd = (day: string) => addDays(day, 1).endsWith('-01');

/** A day range (from null: since the first day there is) as whole months and edge day ranges. */
export function splitRange(from: string | null, to: string) {
  const lastMonth = isMonthEnd(to) ? monthOf(to) : addMonths(monthOf(to), -1);
  const firstMonth = from === null || from.endsWith('-01') ? from : addMonths(monthOf(from), 1);
  if (firstMonth !== null && firstMonth > lastMonth)
    return { months: null, days: [[from ?? to, to] as const] };
  const days: (readonly [string, string])[] = [];
  if (from !== null && firstMonth !== null && from < firstMonth)
    days.push([from, addDays(firstMonth, -1)]);
  if (!isMonthEnd(to)) days.push([monthOf(to), to]);
  return { months: [firstMonth, lastMonth] as const, days };
}

/**
 * A day range's conditions on a month column (its whole months) and on a day column (its edge
 * days); null where there is nothing to read. The sums and the medians' histograms both read so.
 */
export function rangeConditions(
  from: string | null,
  to: string,
  month: AnyColumn,
  day: AnyColumn,
): { months: SQL | null; days: SQL | null } {
  const { months, days } = splitRange(from, to);
  return {
    months: months
      ? (and(
          months[0] === null ? undefined : sql`${month} >= ${months[0]}`,
          lte(month, months[1]),
        ) ?? null)
      : null,
    days:
      days.length > 0
        ? (or(...days.map(([a, b]) => sql`${day} between ${a} and ${b}`)) ?? null)
        : null,
  };
}

/** The programme's summary tables, as periodRangeSums (range-sums.ts) reads them. */
export const SUMMARY_TABLES = {
  months: {
    table: indicatorMonths,
    dimension: indicatorMonths.dimension,
    key: indicatorMonths.key,
    at: indicatorMonths.month,
    measures: monthMeasures,
  },
  days: {
    table: indicatorDays,
    dimension: indicatorDays.dimension,
    key: indicatorDays.key,
    at: indicatorDays.day,
    measures: dayMeasures,
  },
};

/** Days in [from, to]. */
export const periodLength = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;

/** The pairs of days that straddle [from, to] (a < from, b > to), per measure, breakdown and key. */
export async function straddling(
  db: Db,
  from: string,
  to: string,
  dimensions: readonly SummaryDimension[],
): Promise<Map<string, number>> {
  const g = indicatorGaps;
  // b − a ≥ length + 1 follows from the two conditions; said, it lets the planner read the span index.
  const straddles = and(
    sql`${g.before} - ${g.after} >= ${periodLength(from, to) + 1}`,
    gt(g.before, to),
    lt(g.after, from),
  );
  if (dimensions.every((d) => d === 'all')) {
    // The whole programme's key is 'all': no subject to join.
    const rows = await db
      .select({ measure: g.measure, n: count() })
      .from(g)
      .where(straddles)
      .groupBy(g.measure);
    return new Map(rows.map((r) => [`${r.measure}\u0000${cell('all', 'all')}`, r.n]));
  }
  const names = sql.join(
    dimensions.map((d) => sql`${d}`),
    sql`, `,
  );
  // Each dimension's key by its place in the subject's keys (1-based in SQL).
  const places = sql.join(
    dimensions.map((d) => sql`${indicatorSubjects.keys}[${SUMMARY_DIMENSIONS.indexOf(d) + 1}]`),
    sql`, `,
  );
  const unnested = sql`lateral unnest(array[${names}]::text[], array[${places}]::text[]) as d(dimension, key)`;
  const rows = await db
    .select({
      measure: g.measure,
      dimension: sql<string>`d.dimension`,
      key: sql<string>`d.key`,
      n: count(),
    })
    .from(g)
    .innerJoin(indicatorSubjects, sql`${indicatorSubjects.participantId} = ${g.participantId}`)
    .innerJoin(unnested, sql`true`)
    .where(straddles)
    .groupBy(sql`1`, sql`2`, sql`3`);
  return new Map(rows.map((r) => [`${r.measure}\u0000${cell(r.dimension, r.key)}`, r.n]));
}
