import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { participantSessions, participants } from '../db/schema.js';

type Executor = Db | Tx;

export async function insertParticipantSession(
  tx: Tx,
  values: { tokenHash: string; participantId: string; csrfToken: string; expiresAt: string },
): Promise<void> {
  await tx.insert(participantSessions).values(values);
}

export async function findParticipantSession(db: Executor, tokenHash: string, now: Date) {
  const rows = await db
    .select({
      participantId: participantSessions.participantId,
      pseudonym: participants.pseudonym,
      csrfToken: participantSessions.csrfToken,
      expiresAt: participantSessions.expiresAt,
    })
    .from(participantSessions)
    .innerJoin(participants, eq(participants.id, participantSessions.participantId))
    .where(
      and(
        eq(participantSessions.tokenHash, tokenHash),
        gt(participantSessions.expiresAt, now.toISOString()),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function extendParticipantSession(
  db: Executor,
  tokenHash: string,
  expiresAt: Date,
): Promise<void> {
  await db
    .update(participantSessions)
    .set({ expiresAt: expiresAt.toISOString() })
    .where(eq(participantSessions.tokenHash, tokenHash));
}

export async function deleteParticipantSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(participantSessions).where(eq(participantSessions.tokenHash, tokenHash));
}

/** Ends every session of the participant; returns how many there were. */
export async function deleteSessionsOf(tx: Tx, participantId: string): Promise<number> {
  const rows = await tx
    .delete(participantSessions)
    .where(eq(participantSessions.participantId, participantId))
    .returning({ tokenHash: participantSessions.tokenHash });
  return rows.length;
}

export async function deleteExpiredParticipantSessions(tx: Tx, now: Date): Promise<void> {
  await tx.delete(participantSessions).where(lt(participantSessions.expiresAt, now.toISOString()));
}
