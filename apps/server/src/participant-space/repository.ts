import type { MyReferent } from '@territoires/contracts';
import { and, asc, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import {
  followUpAssignments,
  organisations,
  participantSignInCodes,
  participants,
  staff,
} from '../db/schema.js';

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

/**
 * The participant's current référent, as their home names them: first name (the first word of the
 * display name), work e-mail, and the organisation that follows the person.
 */
export async function referentOf(db: Db, participantId: string): Promise<MyReferent> {
  const [row] = await db
    .select({
      displayName: staff.displayName,
      email: staff.email,
      organisationName: organisations.name,
    })
    .from(followUpAssignments)
    .innerJoin(staff, eq(staff.id, followUpAssignments.staffId))
    .innerJoin(participants, eq(participants.id, followUpAssignments.participantId))
    .innerJoin(organisations, eq(organisations.id, participants.organisationId))
    .where(
      and(
        eq(followUpAssignments.participantId, participantId),
        eq(followUpAssignments.role, 'referent'),
        isNull(followUpAssignments.endOn),
        eq(staff.disabled, false),
      ),
    )
    .orderBy(asc(followUpAssignments.startOn))
    .limit(1);
  if (!row) return { referent: null };
  const firstName = row.displayName.trim().split(/\s+/)[0] ?? row.displayName;
  return { referent: { firstName, email: row.email, organisationName: row.organisationName } };
}
