import { and, eq, gt, lt, lte } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { participantSessions, participantSignInCodes, participants } from '../db/schema.js';

type Executor = Db | Tx;

/** Drops every expired code (of anyone): they can no longer be used, and their hashes must not collide. */
export async function sweepExpiredCodes(tx: Tx, now: Date): Promise<void> {
  await tx
    .delete(participantSignInCodes)
    .where(lte(participantSignInCodes.expiresAt, now.toISOString()));
}

/** Deletes the participant's unused codes; returns how many there were. */
export async function deleteCodesOf(tx: Tx, participantId: string): Promise<number> {
  const rows = await tx
    .delete(participantSignInCodes)
    .where(eq(participantSignInCodes.participantId, participantId))
    .returning({ id: participantSignInCodes.id });
  return rows.length;
}

/** Inserts a code; false when its hash is already taken by another live code (the caller draws again). */
export async function insertCode(
  tx: Tx,
  values: { participantId: string; codeHash: string; issuedBy: string; expiresAt: string },
): Promise<boolean> {
  const rows = await tx
    .insert(participantSignInCodes)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: participantSignInCodes.id });
  return rows.length > 0;
}

/**
 * Uses a code: the delete is the check, so two phones racing with the same code cannot both win.
 * Unknown, expired and already-used codes all return null.
 */
export async function consumeCode(tx: Tx, codeHash: string, now: Date) {
  const rows = await tx
    .delete(participantSignInCodes)
    .where(
      and(
        eq(participantSignInCodes.codeHash, codeHash),
        gt(participantSignInCodes.expiresAt, now.toISOString()),
      ),
    )
    .returning({ participantId: participantSignInCodes.participantId });
  return rows[0] ?? null;
}

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
