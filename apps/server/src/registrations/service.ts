import type { RegisterBody, Registration } from '@territoires/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { staffIdOf, staffPrincipal, type Principal } from '../auth/principal.js';
import { recordAudit, type AuditEntry } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { activityRegistrations, sessionRegistrations } from '../db/schema.js';
import { levelFor, participantFor, recordParticipantEvent } from '../participants/index.js';

import type { Services } from '../services.js';
import { alreadyRegistered, isUniqueViolation, RegistrationNotFoundError } from './errors.js';
import {
  requireGuestRegistrar,
  requireParticipantRegistrar,
  requireRegistrationCanceller,
} from './policy.js';
import { freeSeat, requireOpen, takeSeat } from './seats.js';
import { findSession, type SessionRow } from './sessions.js';

const byParticipant = (by: Principal): boolean => by.kind === 'participant';

const sessionFacts = (session: SessionRow) => ({
  sessionId: session.id,
  activityTitle: session.activityTitle,
  startsAt: new Date(session.startsAt).toISOString(),
});

/** The seat, the registration, partner visibility, the timeline and the audit, in the caller's transaction. */
export async function registerParticipantTx(
  tx: Tx,
  session: SessionRow,
  participantId: string,
  by: Principal,
  now: Date,
): Promise<{ id: string; registeredCount: number }> {
  requireOpen(session, now);
  const [existing] = await tx
    .select({ id: sessionRegistrations.id })
    .from(sessionRegistrations)
    .where(
      and(
        eq(sessionRegistrations.sessionId, session.id),
        eq(sessionRegistrations.participantId, participantId),
        isNull(sessionRegistrations.cancelledAt),
      ),
    );
  if (existing) throw alreadyRegistered();
  const registeredCount = await takeSeat(tx, session, now);
  const [row] = await tx
    .insert(sessionRegistrations)
    .values({
      sessionId: session.id,
      participantId,
      registeredByStaffId: staffIdOf(by),
      registeredByParticipant: byParticipant(by),
      createdAt: now.toISOString(),
    })
    .returning({ id: sessionRegistrations.id });
  if (!row) throw new Error('insert returned nothing');
  // The partner organisation now sees this person (by pseudonym) among its participants.
  await tx
    .insert(activityRegistrations)
    .values({ activityId: session.activityId, participantId, createdAt: now.toISOString() })
    .onConflictDoNothing();
  await recordParticipantEvent(
    tx,
    {
      participantId,
      actorId: staffIdOf(by),
      kind: 'session_registered',
      data: { ...sessionFacts(session), byParticipant: byParticipant(by) },
      audit: {
        action: 'registration.create',
        entityType: 'session_registration',
        entityId: row.id,
        after: { sessionId: session.id, participantId, byParticipant: byParticipant(by) },
      },
    },
    now,
  );
  return { id: row.id, registeredCount };
}

/** Runs a registration; the unique index catches two concurrent registrations of the same person. */
export async function inTransaction<T>(services: Services, work: (tx: Tx) => Promise<T>) {
  try {
    return await services.database.db.transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRegistered();
    throw error;
  }
}

export async function registerToSession(
  services: Services,
  actor: Actor,
  sessionId: string,
  body: RegisterBody,
): Promise<Registration> {
  const now = services.clock();
  return inTransaction(services, async (tx) => {
    const session = await findSession(tx, sessionId);
    if ('participantId' in body) {
      const { row, level } = await participantFor(tx, actor, body.participantId);
      requireParticipantRegistrar(level);
      const made = await registerParticipantTx(tx, session, row.id, staffPrincipal(actor), now);
      return { ...made, sessionId, name: row.pseudonym };
    }
    requireGuestRegistrar(actor, session.organisationId);
    requireOpen(session, now);
    const registeredCount = await takeSeat(tx, session, now);
    const [row] = await tx
      .insert(sessionRegistrations)
      .values({
        sessionId,
        guestName: body.guestName,
        registeredByStaffId: actor.staffId,
        createdAt: now.toISOString(),
      })
      .returning({ id: sessionRegistrations.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'registration.create',
        entityType: 'session_registration',
        entityId: row.id,
        after: { sessionId, guest: true },
      },
      now,
    );
    return { id: row.id, sessionId, name: body.guestName, registeredCount };
  });
}

/** Cancels a live registration and frees its seat; refused once the session has started. */
export async function cancelRegistrationTx(
  tx: Tx,
  registrationId: string,
  by: Principal,
  now: Date,
  allowed: (registration: { participantId: string | null }, session: SessionRow) => Promise<void>,
): Promise<void> {
  const [registration] = await tx
    .select()
    .from(sessionRegistrations)
    .where(
      and(eq(sessionRegistrations.id, registrationId), isNull(sessionRegistrations.cancelledAt)),
    );
  if (!registration) throw new RegistrationNotFoundError();
  const session = await findSession(tx, registration.sessionId);
  await allowed(registration, session);
  requireOpen(session, now);
  await tx
    .update(sessionRegistrations)
    .set({ cancelledAt: now.toISOString() })
    .where(eq(sessionRegistrations.id, registrationId));
  await freeSeat(tx, session.id);
  const audit: Omit<AuditEntry, 'actorId'> = {
    action: 'registration.cancel',
    entityType: 'session_registration',
    entityId: registrationId,
    after: by.kind === 'participant' ? { byParticipant: by.participant.participantId } : undefined,
  };
  // A guest's cancellation is audited only: there is no participant's timeline to write on.
  if (registration.participantId)
    await recordParticipantEvent(
      tx,
      {
        participantId: registration.participantId,
        actorId: staffIdOf(by),
        kind: 'session_unregistered',
        data: { ...sessionFacts(session), byParticipant: byParticipant(by) },
        audit,
        signOfLife: false,
      },
      now,
    );
  else await recordAudit(tx, { actorId: staffIdOf(by), ...audit }, now);
}

export async function cancelRegistration(
  services: Services,
  actor: Actor,
  registrationId: string,
): Promise<{ ok: true }> {
  const now = services.clock();
  await services.database.db.transaction((tx) =>
    cancelRegistrationTx(
      tx,
      registrationId,
      staffPrincipal(actor),
      now,
      async (registration, session) => {
        const level = registration.participantId
          ? await levelFor(tx, actor, registration.participantId)
          : null;
        requireRegistrationCanceller(actor, session.organisationId, level);
      },
    ),
  );
  return { ok: true };
}
