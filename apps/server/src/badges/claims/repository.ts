import { and, desc, eq, gt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { achievements, badgeClaims } from '../tables.js';
import { claimCodeHash, ClaimUnknownError } from './codes.js';

type Executor = Db | Tx;
export type ClaimRow = typeof badgeClaims.$inferSelect;
export type AchievementRow = typeof achievements.$inferSelect;

/** A live claim by either of its codes, with its badge; unknown and expired alike are refused. */
export async function liveClaim(
  db: Executor,
  code: string,
  now: Date,
): Promise<{ claim: ClaimRow; achievement: AchievementRow }> {
  const hash = claimCodeHash(code);
  const [row] = await db
    .select({ claim: badgeClaims, achievement: achievements })
    .from(badgeClaims)
    .innerJoin(achievements, eq(achievements.id, badgeClaims.achievementId))
    .where(
      and(
        or(eq(badgeClaims.tokenHash, hash), eq(badgeClaims.shortCodeHash, hash)),
        gt(badgeClaims.expiresAt, now.toISOString()),
      ),
    );
  if (!row) throw new ClaimUnknownError();
  return row;
}

/** One more claimed: the only trace a claim leaves with the animateur. */
export async function countClaim(tx: Tx, claimId: string): Promise<void> {
  await tx
    .update(badgeClaims)
    .set({ claimedCount: sql`${badgeClaims.claimedCount} + 1` })
    .where(eq(badgeClaims.id, claimId));
}

export async function claimsOfSession(db: Executor, sessionId: string) {
  return db
    .select({ claim: badgeClaims, achievementName: achievements.name })
    .from(badgeClaims)
    .innerJoin(achievements, eq(achievements.id, badgeClaims.achievementId))
    .where(eq(badgeClaims.sessionId, sessionId))
    .orderBy(desc(badgeClaims.createdAt));
}

export async function achievementsOf(db: Executor, organisationId: string) {
  return db
    .select({ id: achievements.id, name: achievements.name })
    .from(achievements)
    .where(eq(achievements.organisationId, organisationId))
    .orderBy(achievements.name);
}
