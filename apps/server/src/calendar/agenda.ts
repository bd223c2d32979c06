import type { AgendaEntry, SessionSummary, Week } from '@territoires/contracts';
import { and, asc, eq, gt, gte, ilike, inArray, isNull, lt, type SQL } from 'drizzle-orm';
import type { Actor, ParticipantActor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { activities, activitySessions, sessionRegistrations } from '../db/schema.js';
import { participantFor } from '../participants/index.js';

import { placeOf, presentSession, sessionColumns, sessionsQuery } from '../registrations/index.js';
import type { Services } from '../services.js';
import { registrationCan } from '../registrations/policy.js';
import { requireAgendaReader, requireBookingStaff, weekScope } from './policy.js';
import { iso, mondayOf, plusDays } from '../time/index.js';

/** A participant's live registrations from `from` on, soonest first. */
export async function registrationsOf(db: Db, participantId: string, from: Date, limit = 100) {
  const rows = await db
    .select({ ...sessionColumns, registrationId: sessionRegistrations.id })
    .from(sessionRegistrations)
    .innerJoin(activitySessions, eq(activitySessions.id, sessionRegistrations.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(
      and(
        eq(sessionRegistrations.participantId, participantId),
        isNull(sessionRegistrations.cancelledAt),
        gte(activitySessions.endsAt, from.toISOString()),
      ),
    )
    .orderBy(asc(activitySessions.startsAt))
    .limit(limit);
  return rows;
}

/** Whoever reads the agenda (the participant, staff who see the file) may cancel its registrations. */
const agendaEntries = (
  rows: Awaited<ReturnType<typeof registrationsOf>>,
  now: Date,
): AgendaEntry[] =>
  rows.map((row) => ({
    registrationId: row.registrationId,
    sessionId: row.id,
    activityTitle: row.activityTitle,
    activityKind: row.activityKind,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    place: placeOf(row),
    cancelled: row.cancelledAt !== null,
    can: registrationCan(row, now),
  }));

export async function myAgenda(services: Services, me: ParticipantActor): Promise<AgendaEntry[]> {
  const now = services.clock();
  return agendaEntries(await registrationsOf(services.database.db, me.participantId, now), now);
}

export async function participantAgenda(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<AgendaEntry[]> {
  const { db } = services.database;
  const { level } = await participantFor(db, actor, participantId);
  requireAgendaReader(level);
  const now = services.clock();
  return agendaEntries(await registrationsOf(db, participantId, now), now);
}

/** Sessions of the actor's organisations in the week starting on `start` (this week by default). */
export async function organisationWeek(
  services: Services,
  actor: Actor,
  start: string | undefined,
): Promise<Week> {
  const scope = weekScope(actor);
  const monday = mondayOf(start ? new Date(`${start}T12:00:00Z`) : services.clock());
  const from = new Date(`${monday}T00:00:00Z`);
  const to = plusDays(from, 7);
  const conditions: SQL[] = [
    gte(activitySessions.startsAt, from.toISOString()),
    lt(activitySessions.startsAt, to.toISOString()),
  ];
  if (scope !== 'all') conditions.push(inArray(activities.organisationId, scope));
  const rows = await sessionsQuery(services.database.db)
    .where(and(...conditions))
    .orderBy(asc(activitySessions.startsAt))
    .limit(500);
  return { start: monday, sessions: rows.map(presentSession) };
}

/** Upcoming sessions with a seat left, for a référent registering someone. */
export async function bookableSessions(
  services: Services,
  actor: Actor,
  q: string | undefined,
): Promise<SessionSummary[]> {
  requireBookingStaff(actor);
  const conditions: SQL[] = [
    gt(activitySessions.startsAt, services.clock().toISOString()),
    isNull(activitySessions.cancelledAt),
    lt(activitySessions.registeredCount, activitySessions.capacity),
    isNull(activities.archivedAt),
  ];
  if (q) conditions.push(ilike(activities.title, `%${q.replace(/[\\%_]/g, '\\$&')}%`));
  const rows = await sessionsQuery(services.database.db)
    .where(and(...conditions))
    .orderBy(asc(activitySessions.startsAt))
    .limit(50);
  return rows.map(presentSession);
}
