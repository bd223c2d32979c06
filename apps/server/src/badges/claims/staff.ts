import {
  CLAIM_VALID_HOURS,
  formatClaimShortCode,
  type BadgeClaim,
  type CreatedBadgeClaim,
  type SessionBadgeClaims,
} from '@territoires/contracts';
import QRCode from 'qrcode';
import { sessionFacts } from '../../activities/index.js';
import { recordAudit } from '../../audit/record.js';
import type { Actor } from '../../auth/actor.js';
import type { Db, Tx } from '../../db/database.js';
import { NotFoundError, RuleViolationError, ValidationError } from '../../errors/index.js';
import type { Services } from '../../services.js';
import { iso } from '../../time/index.js';
import { ensureIssuer } from '../issuers.js';
import { claimLive, claimWindowOpen, requireShowClaims } from '../policy.js';
import { achievementById } from '../repository.js';
import { badgeClaims } from '../tables.js';
import { claimCodeHash, newClaimToken, newShortCode } from './codes.js';
import { achievementsOf, claimsOfSession, type ClaimRow } from './repository.js';

// The animateur's side of claim codes: show one for a badge at the end of a session, then read how
// many claimed it. Who claimed is never kept with the claim (ADR 12: partner staff never learn who
// is a programme participant).

/** What the QR code opens: the claim page of the participant space, the token after # (no log keeps it). */
export const claimUrl = (publicUrl: string, token: string): string =>
  `${publicUrl}/moi/recevoir#${token}`;

async function sessionFor(db: Db | Tx, actor: Actor, sessionId: string) {
  const session = await sessionFacts(db, sessionId);
  if (!session) throw new NotFoundError('Session');
  requireShowClaims(actor, session);
  return session;
}

const presentClaim = (claim: ClaimRow, achievementName: string, now: Date): BadgeClaim => ({
  id: claim.id,
  achievementId: claim.achievementId,
  achievementName,
  createdAt: iso(claim.createdAt),
  expiresAt: iso(claim.expiresAt),
  claimedCount: claim.claimedCount,
  live: claimLive(claim, now),
});

export async function sessionClaims(
  services: Services,
  actor: Actor,
  sessionId: string,
): Promise<SessionBadgeClaims> {
  const { db } = services.database;
  const now = services.clock();
  const session = await sessionFor(db, actor, sessionId);
  const [achievements, claims] = await Promise.all([
    achievementsOf(db, session.organisationId),
    claimsOfSession(db, sessionId),
  ]);
  return {
    achievements,
    claims: claims.map((row) => presentClaim(row.claim, row.achievementName, now)),
    can: { create: claimWindowOpen(session, now) && achievements.length > 0 },
  };
}

export async function createClaim(
  services: Services,
  publicUrl: string,
  actor: Actor,
  sessionId: string,
  achievementId: string,
): Promise<CreatedBadgeClaim> {
  const now = services.clock();
  const token = newClaimToken();
  const shortCode = newShortCode();
  const created = await services.database.db.transaction(async (tx) => {
    const session = await sessionFor(tx, actor, sessionId);
    const achievement = await achievementById(tx, achievementId);
    if (achievement?.organisationId !== session.organisationId)
      throw new ValidationError('badges.unknown_achievement', 'No such badge here.');
    if (!claimWindowOpen(session, now))
      throw new RuleViolationError(
        'badges.claim_outside_session',
        'A claim code is shown around its session only.',
      );
    await ensureIssuer(tx, publicUrl, session.organisationId);
    const [row] = await tx
      .insert(badgeClaims)
      .values({
        achievementId,
        sessionId,
        tokenHash: claimCodeHash(token),
        shortCodeHash: claimCodeHash(shortCode),
        createdById: actor.staffId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + CLAIM_VALID_HOURS * 3_600_000).toISOString(),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'badge_claim.create',
        entityType: 'badge_claim',
        entityId: row.id,
        before: null,
        after: { achievementId, sessionId },
      },
      now,
    );
    return presentClaim(row, achievement.name, now);
  });
  const url = claimUrl(publicUrl, token);
  // PUBLIC_URL, never the request's Host: a client must not choose where phones go (ADR 7).
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { ...created, shortCode: formatClaimShortCode(shortCode), url, qrSvg };
}
