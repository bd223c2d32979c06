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

/** The session's own place, else the activity's address: what a participant needs to get there. */
export function placeOf(row: SessionRow): string | null {
  if (row.sessionPlace) return row.sessionPlace;
  const parts = [row.activityAddress, row.activityCommune].filter((p): p is string => !!p);
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
