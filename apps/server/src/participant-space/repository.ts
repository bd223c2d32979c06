import { and, eq, gt, lte } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { participantSignInCodes } from '../db/schema.js';

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
