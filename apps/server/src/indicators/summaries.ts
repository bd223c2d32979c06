import { addMonths, INDICATOR_DIMENSIONS } from '@territoires/contracts';
import { type AnyColumn, getTableColumns, lte, or, sql } from 'drizzle-orm';
import { addDays } from '../time/days.js';
import type { Scope } from './definitions.js';
import { indicatorDays, indicatorMonthBlocks, indicatorMonths, indicatorYears } from './tables.js';

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
const { dimension: _yd, key: _yk, year: _y, ...yearMeasures } = getTableColumns(indicatorYears);
const {
  dimension: _bd,
  key: _bk,
  month: _bm,
  span: _bs,
  ...blockMeasures
} = getTableColumns(indicatorMonthBlocks);
export type Measure = keyof typeof monthMeasures;
export type Sums = Record<Measure, number>;
export const MEASURES = Object.keys(monthMeasures) as Measure[];

/** A row's place in the maps: its breakdown and key. */
export const cell = (dimension: string, key: string): string => `${dimension}\u0000${key}`;

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
const yearOf = (day: string) => `${day.slice(0, 4)}-01-01`;
const addYears = (month: string, n: number) => addMonths(month, 12 * n);
type Range = readonly [string, string];

/**
 * [from, to] (from null: since the first there is) as whole units (months of days, years of
 * months) and the edge ranges of the finer steps before and after them.
 */
function wholeUnits(
  from: string | null,
  to: string,
  unitOf: (at: string) => string,
  units: (unit: string, n: number) => string,
  steps: (at: string, n: number) => string,
): { whole: readonly [string | null, string] | null; edges: Range[] } {
  const endsUnit = unitOf(steps(to, 1)) !== unitOf(to);
  const last = endsUnit ? unitOf(to) : units(unitOf(to), -1);
  const first = from === null || unitOf(from) === from ? from : units(unitOf(from), 1);
  if (first !== null && first > last) return { whole: null, edges: [[from ?? to, to]] };
  const edges: Range[] = [];
  if (from !== null && first !== null && from < first) edges.push([from, steps(first, -1)]);
  if (!endsUnit) edges.push([unitOf(to), to]);
  return { whole: [first, last], edges };
}

/**
 * A day range (from null: since the first day there is) as whole years (when the summary keeps
 * them, ADR 0031), whole month ranges and edge day ranges.
 */
export function splitRange(from: string | null, to: string, withYears = false) {
  const m = wholeUnits(from, to, monthOf, addMonths, addDays);
  if (m.whole === null) return { years: null, months: [], days: m.edges };
  if (!withYears) return { years: null, months: [m.whole], days: m.edges };
  const y = wholeUnits(m.whole[0], m.whole[1], yearOf, addYears, addMonths);
  return y.whole === null
    ? { years: null, months: [m.whole], days: m.edges }
    : { years: y.whole, months: y.edges, days: m.edges };
}

/** Where a date column falls in one of the ranges; null for none. */
export const within = (column: AnyColumn, ranges: readonly (readonly [string | null, string])[]) =>
  ranges.length === 0
    ? null
    : (or(
        ...ranges.map(([a, b]) =>
          a === null ? lte(column, b) : sql`${column} between ${a} and ${b}`,
        ),
      ) ?? null);

/** A block of `span` months from `at` (its first day), as the block tables keep it; 1 is a month. */
export interface MonthBlock {
  at: string;
  span: number;
}

/**
 * Runs of whole months (their first days) as the fewest blocks of 8, 4, 2 or 1 months aligned
 * within their calendar year (ADR 0034): January to October is two rows, not ten.
 */
export function monthBlocks(ranges: readonly (readonly [string | null, string])[]): MonthBlock[] {
  return ranges.flatMap(([a, b]) => {
    if (a === null) throw new Error('a run of months since the start is read from the years');
    const blocks: MonthBlock[] = [];
    for (let at = a; at <= b;) {
      const index = Number(at.slice(5, 7)) - 1;
      let span = 8;
      while (span > 1 && (index % span !== 0 || index + span > 12 || addMonths(at, span - 1) > b))
        span /= 2;
      blocks.push({ at, span });
      at = addMonths(at, span);
    }
    return blocks;
  });
}

/** The programme's summary tables, as periodRangeSums (range-sums.ts) reads them. */
export const SUMMARY_TABLES = {
  years: {
    table: indicatorYears,
    dimension: indicatorYears.dimension,
    key: indicatorYears.key,
    at: indicatorYears.year,
    measures: yearMeasures,
  },
  blocks: {
    table: indicatorMonthBlocks,
    dimension: indicatorMonthBlocks.dimension,
    key: indicatorMonthBlocks.key,
    at: indicatorMonthBlocks.month,
    span: indicatorMonthBlocks.span,
    measures: blockMeasures,
  },
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
