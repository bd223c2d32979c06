import type { AttendanceStatus, Roster, RosterEntry } from '@territoires/contracts';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { attendances, participants, sessionRegistrations } from '../db/schema.js';
import { findSession, presentSession } from '../registrations/index.js';
import type { Services } from '../services.js';
import { came, mayCorrect, requireRosterReader } from './policy.js';

const byName = (a: RosterEntry, b: RosterEntry) =>
  a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' });

interface Mark {
  id: string;
  participantId: string | null;
  registrationId: string | null;
  status: AttendanceStatus;
  recordedById: string;
}

/**
 * Everyone expected, participants by pseudonym and guests by name in one list sorted by name:
 * the roster carries no field that tells them apart. Walk-ins (a card scanned without a
 * registration) follow as marked lines. An unmarked line is not absent: its status is null.
 */
export async function sessionRoster(
  services: Services,
  actor: Actor,
  sessionId: string,
): Promise<Roster> {
  const { db } = services.database;
  const session = await findSession(db, sessionId);
  requireRosterReader(actor, session.organisationId);
  const registered = await db
    .select({
      registrationId: sessionRegistrations.id,
      participantId: sessionRegistrations.participantId,
      name: sql<string>`coalesce(${participants.pseudonym}, ${sessionRegistrations.guestName}, '')`,
    })
    .from(sessionRegistrations)
    .leftJoin(participants, eq(participants.id, sessionRegistrations.participantId))
    .where(
      and(eq(sessionRegistrations.sessionId, sessionId), isNull(sessionRegistrations.cancelledAt)),
    );
  const marks: Mark[] = await db
    .select({
      id: attendances.id,
      participantId: attendances.participantId,
      registrationId: attendances.registrationId,
      status: attendances.status,
      recordedById: attendances.recordedById,
    })
    .from(attendances)
    .where(eq(attendances.sessionId, sessionId));
  const walkIns = await db
    .select({ id: attendances.id, name: participants.pseudonym })
    .from(attendances)
    .innerJoin(participants, eq(participants.id, attendances.participantId))
    .where(and(eq(attendances.sessionId, sessionId), isNull(attendances.registrationId)));
  const line = (
    registrationId: string | null,
    name: string,
    mark: Mark | undefined,
  ): RosterEntry => ({
    registrationId,
    name,
    present: mark !== undefined && came(mark.status),
    status: mark?.status ?? null,
    attendanceId: mark?.id ?? null,
    mayCorrect:
      mark !== undefined &&
      mayCorrect(actor, {
        recordedById: mark.recordedById,
        organisationId: session.organisationId,
      }),
  });
  const markOf = (r: { registrationId: string; participantId: string | null }) =>
    marks.find(
      (m) =>
        m.registrationId === r.registrationId ||
        (r.participantId !== null && m.participantId === r.participantId),
    );
  const entries: RosterEntry[] = [
    ...registered.map((r) => line(r.registrationId, r.name, markOf(r))),
    ...walkIns.map((w) =>
      line(
        null,
        w.name,
        marks.find((m) => m.id === w.id),
      ),
    ),
  ];
  return { session: presentSession(session), entries: entries.sort(byName) };
}
