import { eq } from 'drizzle-orm';
import { hashToken } from '../../auth/tokens.js';
import type { Services } from '../../services.js';
import { endorsedView } from '../endorsements/index.js';
import { shareAnswers } from '../policy.js';
import { issuersOf } from '../issuers.js';
import type { AwardView } from '../repository.js';
import { achievements, awardShares, awards } from '../tables.js';

// What a share link opens, found by its token's hash. Whatever it does not open (a token never
// made, stopped, of a hidden badge, not signed) is the same `undefined`: one answer for all.

/** A token newToken() makes: 32 random bytes, base64url (43 signs). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface SharedBadge {
  view: AwardView;
  showEvidence: boolean;
}

/** The badge as shared: with the endorsements its earner accepted (endorsements/embed.ts). */
export async function sharedBadge(
  services: Services,
  publicUrl: string,
  token: string,
): Promise<SharedBadge | undefined> {
  const { db } = services.database;
  if (!TOKEN.test(token)) return undefined;
  // The link, its award and badge in one statement (read on every visit), then the issuer.
  const [row] = await db
    .select({ share: awardShares, award: awards, achievement: achievements })
    .from(awardShares)
    .innerJoin(awards, eq(awards.id, awardShares.awardId))
    .innerJoin(achievements, eq(achievements.id, awards.achievementId))
    .where(eq(awardShares.tokenHash, hashToken(token)));
  if (!row) return undefined;
  const { share, award, achievement } = row;
  const issuer = (await issuersOf(db, publicUrl, [achievement.organisationId])).get(
    achievement.organisationId,
  );
  if (!issuer || !award.credential || !shareAnswers(award, share)) return undefined;
  const view: AwardView = { award, achievement, issuer };
  return { view: await endorsedView(services, view), showEvidence: share.showEvidence };
}
