import type { SessionSummary } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { activities, activitySessions } from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';

import { iso } from '../time/index.js';

type Executor = Db | Tx;

export const sessionColumns = {
  id: activitySessions.id,
  activityId: activitySessions.activityId,
  activityTitle: activities.title,
  activityKind: activities.kind,
  description: activities.description,
  organisationId: activities.organisationId,
  startsAt: activitySessions.startsAt,
  endsAt: activitySessions.endsAt,
  sessionPlace: activitySessions.place,
  activityAddress: activities.address,
  activityCommune: activities.commune,
  capacity: activitySessions.capacity,
  registeredCount: activitySessions.registeredCount,
  cancelledAt: activitySessions.cancelledAt,
};

export type SessionRow = Awaited<ReturnType<typeof findSession>>;

/**
 * The full address: the session's own place (a room, a site) then the activity's street and commune,
 * what a participant needs to get there (and to search on a map). Parts already written in the
 * place are not repeated.
 */
export function placeOf(row: SessionRow): string | null {
  const parts: string[] = [];
  for (const part of [row.sessionPlace, row.activityAddress, row.activityCommune]) {
    const text = part?.trim();
    if (text && !parts.some((p) => p.toLowerCase().includes(text.toLowerCase()))) parts.push(text);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

export const presentSession = (row: SessionRow): SessionSummary => ({
  id: row.id,
  activityId: row.activityId,
  activityTitle: row.activityTitle,
  activityKind: row.activityKind,
  organisationId: row.organisationId,
  startsAt: iso(row.startsAt),
  endsAt: iso(row.endsAt),
  place: placeOf(row),
  capacity: row.capacity,
  registeredCount: row.registeredCount,
  cancelled: row.cancelledAt !== null,
});

export const sessionsQuery = (db: Executor) =>
  db
    .select(sessionColumns)
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId));

export async function findSession(db: Executor, id: string) {
  const [row] = await sessionsQuery(db).where(eq(activitySessions.id, id));
  if (!row) throw new NotFoundError('Session');
  return row;
}
