import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { reflections } from '../db/schema.js';
import { ConflictError, ValidationError } from '../errors/index.js';

/**
 * A badge was offered from this reflexivity time: its proposal now reads "awarded", so the team
 * does not award it twice. Called in the award's own transaction (badges/awards.ts), whose audit
 * event names the reflexivity time; the version moves on so a form open elsewhere reloads.
 */
export async function markBadgeAwarded(
  tx: Tx,
  participantId: string,
  reflectionId: string,
): Promise<void> {
  const [current] = await tx
    .select({ badgeStatus: reflections.badgeStatus })
    .from(reflections)
    .where(and(eq(reflections.id, reflectionId), eq(reflections.participantId, participantId)))
    .for('update');
  if (current?.badgeStatus === 'awarded')
    throw new ConflictError('badges.already_awarded', 'A badge was already offered from it.');
  if (current?.badgeStatus !== 'proposed')
    throw new ValidationError(
      'reflection.no_badge_proposed',
      'This reflexivity time proposes no badge for this person.',
    );
  await tx
    .update(reflections)
    .set({ badgeStatus: 'awarded', version: sql`${reflections.version} + 1` })
    .where(eq(reflections.id, reflectionId));
}
