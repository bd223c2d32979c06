import { cardCodeSchema, type Scan, type ScanResult, type SyncBody } from '@territoires/contracts';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import {
  activityRegistrations,
  attendances,
  participantCards,
  participants,
  sessionRegistrations,
} from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';
import { addTimelineEvent } from '../participants/repository.js';
import { findSession, worksAt, type SessionRow } from '../registrations/sessions.js';
import type { Services } from '../services.js';

type Code = NonNullable<ScanResult['code']>;
type Person = {
  participantId: string | null;
  registrationId: string | null;
  name: string;
};

const failed = (clientId: string, code: Code): ScanResult => ({
  clientId,
  status: 'error',
  code,
  name: null,
  walkIn: false,
});

/** Who a scan designates: a roster line, or a card (valid, unknown or revoked). */
async function resolve(tx: Tx, scan: Scan): Promise<Person | Code> {
  if (scan.registrationId !== undefined) {
    const [row] = await tx
      .select({
        participantId: sessionRegistrations.participantId,
        guestName: sessionRegistrations.guestName,
        pseudonym: participants.pseudonym,
      })
      .from(sessionRegistrations)
      .leftJoin(participants, eq(participants.id, sessionRegistrations.participantId))
      .where(
        and(
          eq(sessionRegistrations.id, scan.registrationId),
          eq(sessionRegistrations.sessionId, scan.sessionId),
          isNull(sessionRegistrations.cancelledAt),
        ),
      );
    if (!row) return 'registration.not_found';
    return {
      participantId: row.participantId,
      registrationId: scan.registrationId,
      name: row.pseudonym ?? row.guestName ?? '',
    };
  }
  const code = cardCodeSchema.safeParse(scan.cardCode ?? '');
  if (!code.success) return 'card.unknown';
  const [card] = await tx
    .select({
      participantId: participantCards.participantId,
      revokedAt: participantCards.revokedAt,
      pseudonym: participants.pseudonym,
    })
    .from(participantCards)
    .innerJoin(participants, eq(participants.id, participantCards.participantId))
    .where(eq(participantCards.code, code.data));
  if (!card) return 'card.unknown';
  if (card.revokedAt !== null) return 'card.revoked';
  const [registration] = await tx
    .select({ id: sessionRegistrations.id })
    .from(sessionRegistrations)
    .where(
      and(
        eq(sessionRegistrations.sessionId, scan.sessionId),
        eq(sessionRegistrations.participantId, card.participantId),
        isNull(sessionRegistrations.cancelledAt),
      ),
    );
  return {
    participantId: card.participantId,
    registrationId: registration?.id ?? null,
    name: card.pseudonym,
  };
}

async function alreadyPresent(tx: Tx, sessionId: string, person: Person): Promise<boolean> {
  const condition = person.participantId
    ? eq(attendances.participantId, person.participantId)
    : eq(attendances.registrationId, person.registrationId ?? '');
  const [row] = await tx
    .select({ id: attendances.id })
    .from(attendances)
    .where(and(eq(attendances.sessionId, sessionId), condition));
  return row !== undefined;
}

/**
 * Walk-ins: a valid card for someone not registered is recorded (they are in the room; the seat
 * count is left alone) and the partner then sees them by pseudonym, as for a registration.
 */
async function record(
  tx: Tx,
  actor: Actor,
  scan: Scan,
  session: SessionRow,
  person: Person,
  now: Date,
): Promise<ScanResult> {
  const recordedAt = new Date(Math.min(new Date(scan.recordedAt).getTime(), now.getTime()));
  const walkIn = person.participantId !== null && person.registrationId === null;
  const [row] = await tx
    .insert(attendances)
    .values({
      sessionId: session.id,
      participantId: person.participantId,
      registrationId: person.registrationId,
      clientId: scan.clientId,
      method: scan.cardCode !== undefined ? 'card' : 'roster',
      recordedById: actor.staffId,
      recordedAt: recordedAt.toISOString(),
      syncedAt: now.toISOString(),
    })
    .onConflictDoNothing()
    .returning({ id: attendances.id });
  if (!row)
    return { clientId: scan.clientId, status: 'duplicate', code: null, name: person.name, walkIn };
  if (person.participantId) {
    if (walkIn)
      await tx
        .insert(activityRegistrations)
        .values({ activityId: session.activityId, participantId: person.participantId })
        .onConflictDoNothing();
    await addTimelineEvent(
      tx,
      {
        participantId: person.participantId,
        kind: 'session_attended',
        actorId: actor.staffId,
        data: {
          sessionId: session.id,
          attendanceId: row.id,
          activityTitle: session.activityTitle,
          startsAt: new Date(session.startsAt).toISOString(),
          walkIn,
        },
      },
      recordedAt,
    );
    await tx
      .update(participants)
      .set({ lastEventAt: now.toISOString() })
      .where(eq(participants.id, person.participantId));
  }
  await recordAudit(
    tx,
    {
      actorId: actor.staffId,
      action: 'attendance.record',
      entityType: 'attendance',
      entityId: row.id,
      after: {
        sessionId: session.id,
        method: scan.cardCode !== undefined ? 'card' : 'roster',
        walkIn,
      },
    },
    now,
  );
  return { clientId: scan.clientId, status: 'ok', code: null, name: person.name, walkIn };
}

/** A scan already recorded under this client id answers as it did the first time. */
async function replays(tx: Tx, clientIds: string[]): Promise<Map<string, ScanResult>> {
  const rows = await tx
    .select({
      clientId: attendances.clientId,
      registrationId: attendances.registrationId,
      participantId: attendances.participantId,
      pseudonym: participants.pseudonym,
      guestName: sessionRegistrations.guestName,
    })
    .from(attendances)
    .leftJoin(participants, eq(participants.id, attendances.participantId))
    .leftJoin(sessionRegistrations, eq(sessionRegistrations.id, attendances.registrationId))
    .where(inArray(attendances.clientId, clientIds));
  return new Map(
    rows.map((r) => [
      r.clientId,
      {
        clientId: r.clientId,
        status: 'ok',
        code: null,
        name: r.pseudonym ?? r.guestName ?? '',
        walkIn: r.participantId !== null && r.registrationId === null,
      },
    ]),
  );
}

/**
 * Records a phone's queue of scans in one transaction. Each scan gets its own answer, so one bad
 * card does not sink the others; replaying the same queue records nothing twice.
 */
export async function syncAttendance(
  services: Services,
  actor: Actor,
  body: SyncBody,
): Promise<{ results: ScanResult[] }> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const done = await replays(
      tx,
      body.scans.map((scan) => scan.clientId),
    );
    const sessions = new Map<string, SessionRow | Code>();
    const results: ScanResult[] = [];
    for (const scan of body.scans) {
      const replay = done.get(scan.clientId);
      if (replay) {
        results.push(replay);
        continue;
      }
      if (!sessions.has(scan.sessionId)) {
        const session = await findSession(tx, scan.sessionId).catch((error: unknown) => {
          if (error instanceof NotFoundError) return 'resource.not_found' as const;
          throw error;
        });
        sessions.set(
          scan.sessionId,
          typeof session === 'string' || worksAt(actor, session.organisationId)
            ? session
            : 'auth.forbidden',
        );
      }
      const session = sessions.get(scan.sessionId);
      if (session === undefined || typeof session === 'string') {
        results.push(failed(scan.clientId, session ?? 'resource.not_found'));
        continue;
      }
      if (session.cancelledAt !== null) {
        results.push(failed(scan.clientId, 'session.cancelled'));
        continue;
      }
      const person = await resolve(tx, scan);
      if (typeof person === 'string') {
        results.push(failed(scan.clientId, person));
        continue;
      }
      if (await alreadyPresent(tx, session.id, person)) {
        results.push({
          clientId: scan.clientId,
          status: 'duplicate',
          code: null,
          name: person.name,
          walkIn: false,
        });
        continue;
      }
      const result = await record(tx, actor, scan, session, person, now);
      results.push(result);
      // The same clientId twice in one batch: the second answers like a replay.
      done.set(scan.clientId, result);
    }
    return { results };
  });
}
