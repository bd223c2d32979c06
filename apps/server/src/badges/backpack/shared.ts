import { eq } from 'drizzle-orm';
import { hashToken } from '../../auth/tokens.js';
import type { Services } from '../../services.js';
import { endorsedView } from '../endorsements/index.js';
import { shareAnswers } from '../policy.js';
import { awardViews, type AwardView } from '../repository.js';
import { awardShares } from '../tables.js';

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
  const [share] = await db
    .select()
    .from(awardShares)
    .where(eq(awardShares.tokenHash, hashToken(token)));
  if (!share) return undefined;
  const [view] = await awardViews(db, publicUrl, { awardIds: [share.awardId] });
  if (!view?.award.credential || !shareAnswers(view.award, share)) return undefined;
  return { view: await endorsedView(services, view), showEvidence: share.showEvidence };
}
