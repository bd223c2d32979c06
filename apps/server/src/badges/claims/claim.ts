import type { Award, BadgeClaimPreview, GuestClaim } from '@territoires/contracts';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/record.js';
import type { ParticipantActor } from '../../auth/actor.js';
import { ConflictError } from '../../errors/index.js';
import { recordParticipantEvent } from '../../participants/index.js';
import type { Services } from '../../services.js';
import { iso } from '../../time/index.js';
import { presentForParticipant, reread } from '../awards.js';
import { imagePath, signAward } from '../credentials.js';
import { addMonths } from '../dates.js';
import { issuerOf, slugOf } from '../issuers.js';
import { liveAward } from '../repository.js';
import { allocateStatus } from '../status.js';
import { awards, badgeClaimCredentials } from '../tables.js';
import { ClaimUnknownError } from './codes.js';
import { countClaim, liveClaim } from './repository.js';

// The claimer's side: whoever scanned the code (or typed it) within 24 hours. A participant gets the
// badge offered in their backpack; anyone else gets the credential signed at once, under the name
// they typed. Either way the claim only counts one more.

export async function previewClaim(
  services: Services,
  publicUrl: string,
  code: string,
): Promise<BadgeClaimPreview> {
  const { db } = services.database;
  const { claim, achievement } = await liveClaim(db, code, services.clock());
  const issuer = await issuerOf(db, publicUrl, achievement.organisationId);
  if (!issuer) throw new ClaimUnknownError();
  return {
    achievement: {
      name: achievement.name,
      description: achievement.description,
      criteria: achievement.criteria,
      issuerName: issuer.name,
      imageUrl: imagePath(issuer, achievement.imageKey),
      imageAlt: achievement.imageAlt,
    },
    expiresAt: iso(claim.expiresAt),
  };
}

/** Signed at once: a guest has no backpack here, the file is theirs. */
export async function claimAsGuest(
  services: Services,
  publicUrl: string,
  code: string,
  name: string,
): Promise<GuestClaim> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const { claim, achievement } = await liveClaim(tx, code, now);
    const issuer = await issuerOf(tx, publicUrl, achievement.organisationId);
    if (!issuer) throw new ClaimUnknownError();
    const status = await allocateStatus(tx, issuer);
    const validUntil =
      achievement.validityMonths === null ? null : addMonths(now, achievement.validityMonths);
    const credential = await signAward(
      services.issuerKeys,
      {
        issuer,
        achievement,
        // A recipient of their own, linked to nothing here.
        recipientUrn: `urn:uuid:${randomUUID()}`,
        recipientName: name,
        awardedAt: now,
        validUntil,
        status: status.entry,
      },
      services.clock,
    );
    await tx.insert(badgeClaimCredentials).values({
      claimId: claim.id,
      credential,
      statusListId: status.listId,
      statusIndex: status.index,
      signedAt: now.toISOString(),
    });
    await countClaim(tx, claim.id);
    // Neither the name nor anything of the person: one more claimed.
    await recordAudit(
      tx,
      {
        actorId: null,
        action: 'badge_claim.guest',
        entityType: 'badge_claim',
        entityId: claim.id,
        before: null,
        after: { signed: true },
      },
      now,
    );
    return { fileName: `badge-${slugOf(achievement.name)}.json`, credential };
  });
}

/** Into the backpack, offered: the participant accepts it (and chooses its name) as any other. */
export async function claimAsParticipant(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  code: string,
): Promise<Award> {
  const now = services.clock();
  const { participantId } = participant;
  return services.database.db.transaction(async (tx) => {
    const { claim, achievement } = await liveClaim(tx, code, now);
    if (await liveAward(tx, participantId, achievement.id))
      throw new ConflictError('badges.already_awarded', 'This badge is already offered or held.');
    const [row] = await tx
      .insert(awards)
      .values({
        achievementId: achievement.id,
        participantId,
        offeredById: claim.createdById,
        offeredAt: now.toISOString(),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await countClaim(tx, claim.id);
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: null,
        kind: 'badge_offered',
        data: { awardId: row.id, achievementId: achievement.id, claimed: true },
        audit: {
          action: 'award.claim',
          entityType: 'award',
          entityId: row.id,
          before: null,
          after: { status: 'offered', achievementId: achievement.id },
        },
      },
      now,
    );
    return presentForParticipant(await reread(tx, publicUrl, row.id));
  });
}
