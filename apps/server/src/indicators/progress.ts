import { addMonths, DYNAMIC_EXIT_CATEGORIES } from '@territoires/contracts';
import { and, between, eq, gt, inArray, lt, lte, min, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { contracts, exits, participants } from '../db/schema.js';
import { inScope, type Scope } from './definitions.js';
import type { Programme } from './programme.js';
import { SMALL_CELL } from './suppression.js';
import { summarised } from './summaries.js';
import { indicatorDays, indicatorGaps } from './tables.js';

/** One month of the programme: engaged and dynamic exits from its start to the month's end. */
export interface ProgressPoint {
  month: string;
  engaged: number | null;
  dynamicExits: number | null;
}

const perDay = sql<number>`count(*)::int`.mapWith(Number);

/**
 * How many participants made their first entry each day since the programme's start (their place
 * in "engaged"). Counted per day in SQL: a national programme sends a thousand rows, not a million.
 */
export function firstEntries(db: Db, scope: Scope) {
  const firsts = db
    .select({ participantId: contracts.participantId, day: min(contracts.signedOn).as('day') })
    .from(contracts)
    .innerJoin(participants, eq(participants.id, contracts.participantId))
    .where(and(between(contracts.signedOn, scope.from, scope.to), inScope(scope)))
    .groupBy(contracts.participantId)
    .as('firsts');
  return db.select({ day: firsts.day, people: perDay }).from(firsts).groupBy(firsts.day);
}

/** How many participants made their first dynamic exit each day since the programme's start. */
export function firstDynamicExits(db: Db, scope: Scope) {
  const firsts = db
    .select({ participantId: exits.participantId, day: min(exits.exitOn).as('day') })
    .from(exits)
    .innerJoin(participants, eq(participants.id, exits.participantId))
    .where(
      and(
        between(exits.exitOn, scope.from, scope.to),
        inArray(exits.category, [...DYNAMIC_EXIT_CATEGORIES]),
        inScope(scope),
      ),
    )
    .groupBy(exits.participantId)
    .as('firsts');
  return db.select({ day: firsts.day, people: perDay }).from(firsts).groupBy(firsts.day);
}

const lastDayOf = (month: string): string => {
  const next = addMonths(`${month}-01`, 1);
  return new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
};

type Counter = Record<'engaged' | 'dynamicExits', (end: string) => number>;

const upTo = (days: { day: string | null; people: number }[], end: string) =>
  days.reduce((sum, d) => (d.day !== null && d.day <= end ? sum + d.people : sum), 0);

/** Engaged and dynamic exits from the programme's start to a day, from the definitions' queries. */
async function queryProgress(db: Db, scope: Scope, programme: Programme): Promise<Counter> {
  const sinceStart = { ...scope, from: programme.start };
  const entered = await firstEntries(db, sinceStart);
  const left = await firstDynamicExits(db, sinceStart);
  return { engaged: (end) => upTo(entered, end), dynamicExits: (end) => upTo(left, end) };
}

/**
 * The same from the summaries (ADR 0029): people with a day in [start, end] are the firsts up to
 * `end`, less the lasts before the start, less the gaps from before the start to after `end`.
 */
async function summaryProgress(db: Db, to: string, programme: Programme): Promise<Counter> {
  const d = indicatorDays;
  const days = await db
    .select({
      day: d.day,
      entryFirst: d.entryFirst,
      entryLast: d.entryLast,
      dynamicFirst: d.dynamicFirst,
      dynamicLast: d.dynamicLast,
    })
    .from(d)
    .where(and(eq(d.dimension, 'all'), lte(d.day, to)));
  const gaps = await db
    .select({ measure: indicatorGaps.measure, before: indicatorGaps.before })
    .from(indicatorGaps)
    .where(
      and(
        inArray(indicatorGaps.measure, ['entry', 'dynamic']),
        lt(indicatorGaps.after, programme.start),
        gt(indicatorGaps.before, programme.start),
      ),
    );
  const people =
    (first: 'entryFirst' | 'dynamicFirst', last: 'entryLast' | 'dynamicLast', gap: string) =>
    (end: string) =>
      days.reduce(
        (n, r) => n + (r.day <= end ? r[first] : 0) - (r.day < programme.start ? r[last] : 0),
        0,
      ) - gaps.filter((g) => g.measure === gap && g.before > end).length;
  return {
    engaged: people('entryFirst', 'entryLast', 'entry'),
    dynamicExits: people('dynamicFirst', 'dynamicLast', 'dynamic'),
  };
}

/**
 * The programme month by month, from its start to the period's last day: [engaged](#engaged) and
 * [dynamic exits](#dynamic-exits) counted from the start to each month's end (the last month to `to`).
 */
export async function progressSeries(
  db: Db,
  scope: Scope,
  programme: Programme,
): Promise<ProgressPoint[]> {
  if (scope.to < programme.start) return [];
  const count = summarised(scope)
    ? await summaryProgress(db, scope.to, programme)
    : await queryProgress(db, scope, programme);
  const points: ProgressPoint[] = [];
  for (let month = programme.start.slice(0, 7); month <= scope.to.slice(0, 7);) {
    const end = lastDayOf(month) < scope.to ? lastDayOf(month) : scope.to;
    points.push({ month, engaged: count.engaged(end), dynamicExits: count.dynamicExits(end) });
    month = addMonths(`${month}-01`, 1).slice(0, 7);
  }
  return points;
}

/**
 * For aggregate-only viewers: a cumulative count is shown only where it grew by 0 or 5 and more
 * since the last one shown, so no month's newcomers (1 to 4 people) can be had by difference.
 */
export function maskSeries(points: ProgressPoint[]): ProgressPoint[] {
  const shown = { engaged: 0, dynamicExits: 0 };
  return points.map((point) => {
    const masked = { ...point };
    for (const key of ['engaged', 'dynamicExits'] as const) {
      const value = point[key] ?? 0;
      const growth = value - shown[key];
      if (growth > 0 && growth < SMALL_CELL) masked[key] = null;
      else shown[key] = value;
    }
    return masked;
  });
}
