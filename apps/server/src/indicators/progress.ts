import { addMonths, DYNAMIC_EXIT_CATEGORIES } from '@territoires/contracts';
import { and, between, eq, inArray, min } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { contracts, exits, participants } from '../db/schema.js';
import { inScope, type Scope } from './definitions.js';
import type { Programme } from './programme.js';
import { SMALL_CELL } from './suppression.js';

/** One month of the programme: engaged and dynamic exits from its start to the month's end. */
export interface ProgressPoint {
  month: string;
  engaged: number | null;
  dynamicExits: number | null;
}

/** Each participant's first entry since the programme's start (their place in "engaged"). */
export const firstEntries = (db: Db, scope: Scope) =>
  db
    .select({ participantId: contracts.participantId, day: min(contracts.signedOn) })
    .from(contracts)
    .innerJoin(participants, eq(participants.id, contracts.participantId))
    .where(and(between(contracts.signedOn, scope.from, scope.to), inScope(scope)))
    .groupBy(contracts.participantId);

/** Each participant's first dynamic exit since the programme's start. */
export const firstDynamicExits = (db: Db, scope: Scope) =>
  db
    .select({ participantId: exits.participantId, day: min(exits.exitOn) })
    .from(exits)
    .innerJoin(participants, eq(participants.id, exits.participantId))
    .where(
      and(
        between(exits.exitOn, scope.from, scope.to),
        inArray(exits.category, [...DYNAMIC_EXIT_CATEGORIES]),
        inScope(scope),
      ),
    )
    .groupBy(exits.participantId);

const lastDayOf = (month: string): string => {
  const next = addMonths(`${month}-01`, 1);
  return new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
};

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
  const sinceStart = { ...scope, from: programme.start };
  const entered = (await firstEntries(db, sinceStart)).map((r) => r.day ?? '');
  const left = (await firstDynamicExits(db, sinceStart)).map((r) => r.day ?? '');
  const points: ProgressPoint[] = [];
  for (let month = programme.start.slice(0, 7); month <= scope.to.slice(0, 7);) {
    const end = lastDayOf(month) < scope.to ? lastDayOf(month) : scope.to;
    points.push({
      month,
      engaged: entered.filter((day) => day <= end).length,
      dynamicExits: left.filter((day) => day <= end).length,
    });
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
