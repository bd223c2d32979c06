import { EXPIRY_NOTICE_MONTHS, type ExpiringAward } from '@territoires/contracts';
import type { ParticipantActor } from '../auth/actor.js';
import type { Services } from '../services.js';
import { iso } from '../time/index.js';
import { addMonths } from './dates.js';
import { awardViews, type AwardView } from './repository.js';

/**
 * Whether the earner is told now that the badge ends: a signed badge with an end, from a month
 * before it until it ends. Pure: the clock is the caller's (no cron, computed on read).
 */
export function endsSoon(award: { status: string; validUntil: string | null }, now: Date): boolean {
  if (award.status !== 'accepted' || award.validUntil === null) return false;
  const end = new Date(award.validUntil);
  return now >= addMonths(end, -EXPIRY_NOTICE_MONTHS) && now < end;
}

export const expiring = (views: AwardView[], now: Date): ExpiringAward[] =>
  views
    .filter((view) => endsSoon(view.award, now))
    .map((view) => ({
      awardId: view.award.id,
      name: view.achievement.name,
      validUntil: iso(view.award.validUntil ?? ''),
    }));

export async function myExpiringAwards(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
): Promise<ExpiringAward[]> {
  const views = await awardViews(services.database.db, publicUrl, {
    participantId: participant.participantId,
  });
  return expiring(views, services.clock());
}
