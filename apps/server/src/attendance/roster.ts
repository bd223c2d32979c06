import type { Roster, RosterEntry } from '@territoires/contracts';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { attendances, participants, sessionRegistrations } from '../db/schema.js';
import { findSession, presentSession } from '../registrations/index.js';
import type { Services } from '../services.js';
import { requireRosterReader } from './policy.js';

const byName = (a: RosterEntry, b: RosterEntry) =>
  a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' });

/**
 * Everyone expected, participants by pseudonym and guests by name in one list sorted by name:
 * the roster carries no field that tells them apart. Walk-ins (a card scanned without a
 * registration) follow as present lines.
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
      name: sql<string>`coalesce(${participants.pseudonym}, ${sessionRegistrations.guestName}, '')`,
      present: sql<boolean>`exists (select 1 from ${attendances} where ${attendances.sessionId} = ${sessionRegistrations.sessionId} and (${attendances.registrationId} = ${sessionRegistrations.id} or ${attendances.participantId} = ${sessionRegistrations.participantId}))`,
    })
    .from(sessionRegistrations)
    .leftJoin(participants, eq(participants.id, sessionRegistrations.participantId))
    .where(
      and(eq(sessionRegistrations.sessionId, sessionId), isNull(sessionRegistrations.cancelledAt)),
    );
  const walkIns = await db
    .select({ name: participants.pseudonym })
    .from(attendances)
    .innerJoin(participants, eq(participants.id, attendances.participantId))
    .where(and(eq(attendances.sessionId, sessionId), isNull(attendances.registrationId)));
  const entries: RosterEntry[] = [
    ...registered,
    ...walkIns.map((w) => ({ registrationId: null, name: w.name, present: true })),
  ];
  return { session: presentSession(session), entries: entries.sort(byName) };
}
