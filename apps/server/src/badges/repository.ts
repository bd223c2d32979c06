import { and, desc, eq, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../db/database.js';
import { NotFoundError } from '../errors/index.js';
import { issuersOf, type Issuer } from './issuers.js';
import { achievements, awards, badgeRecipients } from './tables.js';

type Executor = Db | Tx;
export type AwardRow = typeof awards.$inferSelect;
export type AchievementRow = typeof achievements.$inferSelect;

export interface AwardView {
  award: AwardRow;
  achievement: AchievementRow;
  issuer: Issuer;
}

/** Awards with their badge and its issuer, newest first. */
export async function awardViews(
  db: Executor,
  publicUrl: string,
  where: { participantId: string } | { awardIds: string[] },
): Promise<AwardView[]> {
  const rows = await db
    .select({ award: awards, achievement: achievements })
    .from(awards)
    .innerJoin(achievements, eq(achievements.id, awards.achievementId))
    .where(
      'participantId' in where
        ? eq(awards.participantId, where.participantId)
        : inArray(awards.id, where.awardIds),
    )
    .orderBy(desc(awards.offeredAt), desc(awards.id));
  const issuers = await issuersOf(
    db,
    publicUrl,
    rows.map((r) => r.achievement.organisationId),
  );
  return rows.flatMap((row) => {
    const issuer = issuers.get(row.achievement.organisationId);
    return issuer ? [{ ...row, issuer }] : [];
  });
}

/** One award, locked for a change; a missing one is a 404. */
export async function awardForChange(tx: Tx, publicUrl: string, id: string): Promise<AwardView> {
  const [locked] = await tx
    .select({ id: awards.id })
    .from(awards)
    .where(eq(awards.id, id))
    .for('update');
  const [view] = locked ? await awardViews(tx, publicUrl, { awardIds: [id] }) : [];
  if (!view) throw new NotFoundError('Award');
  return view;
}

export async function achievementById(db: Executor, id: string) {
  const [row] = await db.select().from(achievements).where(eq(achievements.id, id));
  return row;
}

export async function liveAward(tx: Tx, participantId: string, achievementId: string) {
  const [row] = await tx
    .select({ id: awards.id })
    .from(awards)
    .where(
      and(
        eq(awards.participantId, participantId),
        eq(awards.achievementId, achievementId),
        inArray(awards.status, ['offered', 'accepted']),
      ),
    );
  return row;
}

/** The participant's URN as a recipient, made on first use: random, so it says nothing of them. */
export async function recipientUrn(tx: Tx, participantId: string): Promise<string> {
  await tx
    .insert(badgeRecipients)
    .values({ participantId, urn: `urn:uuid:${randomUUID()}` })
    .onConflictDoNothing();
  const [row] = await tx
    .select({ urn: badgeRecipients.urn })
    .from(badgeRecipients)
    .where(eq(badgeRecipients.participantId, participantId));
  if (!row) throw new Error('no recipient');
  return row.urn;
}
