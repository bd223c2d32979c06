import type { TimelineEventKind } from '@territoires/contracts';
import { inArray } from 'drizzle-orm';
import { recordAudits, type AuditEntry } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { participants, timelineEvents } from '../db/schema.js';

/** Something that happened to a participant, as every service records it. */
export interface ParticipantEvent {
  participantId: string;
  /** The staff member who acted; null when the participant acted from their own space. */
  actorId: string | null;
  /** The line on the participant's timeline (what happened, never the words written). */
  kind: TimelineEventKind;
  data?: Record<string, unknown>;
  /** When it happened, if not now (a scan recorded offline, synced later); the audit is dated now. */
  at?: Date;
  /** The audit event: the change itself, with its before and after. */
  audit: Omit<AuditEntry, 'actorId'>;
  /**
   * Whether the event counts as a sign of life for the inactivity alert (moves lastEventAt): true
   * unless said otherwise. Handing out or ending access (sign-in codes, sessions) and cancelling a
   * registration leave it where it was.
   */
  signOfLife?: boolean;
}

/**
 * Records events on participants in the caller's transaction, one statement per table whatever the
 * number of events: the sign of life, the timeline and the audit land with the change or not at all.
 */
export async function recordParticipantEvents(
  tx: Tx,
  events: readonly ParticipantEvent[],
  now: Date,
): Promise<void> {
  if (events.length === 0) return;
  const alive = [
    ...new Set(events.filter((e) => e.signOfLife !== false).map((e) => e.participantId)),
  ];
  if (alive.length > 0)
    await tx
      .update(participants)
      .set({ lastEventAt: now.toISOString() })
      .where(inArray(participants.id, alive));
  await tx.insert(timelineEvents).values(
    events.map((e) => ({
      participantId: e.participantId,
      kind: e.kind,
      actorId: e.actorId,
      data: e.data ?? {},
      at: (e.at ?? now).toISOString(),
    })),
  );
  await recordAudits(
    tx,
    events.map((e) => ({ actorId: e.actorId, ...e.audit })),
    now,
  );
}

/** One event on one participant: see recordParticipantEvents. */
export const recordParticipantEvent = (tx: Tx, event: ParticipantEvent, now: Date): Promise<void> =>
  recordParticipantEvents(tx, [event], now);
