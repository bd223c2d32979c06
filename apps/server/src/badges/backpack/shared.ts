import { eq } from 'drizzle-orm';
import { hashToken } from '../../auth/tokens.js';
import type { Db } from '../../db/database.js';
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

export async function sharedBadge(
  db: Db,
  publicUrl: string,
  token: string,
): Promise<SharedBadge | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const [share] = await db
    .select()
    .from(awardShares)
    .where(eq(awardShares.tokenHash, hashToken(token)));
  if (!share) return undefined;
  const [view] = await awardViews(db, publicUrl, { awardIds: [share.awardId] });
  if (!view?.award.credential || !shareAnswers(view.award, share)) return undefined;
  return { view, showEvidence: share.showEvidence };
}
