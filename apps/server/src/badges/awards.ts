import type { Award } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { Actor, ParticipantActor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { ConflictError, ValidationError } from '../errors/index.js';
import { organisationFacts } from '../organisations/index.js';
import { levelFor, participantFor, recordParticipantEvent } from '../participants/index.js';
import { markBadgeAwarded } from '../reflections/index.js';
import type { AccessLevel } from '../participants/policy.js';
import type { Services } from '../services.js';
import { evidenceFor, type AwardGrounds } from './evidence.js';
import { ensureIssuer } from './issuers.js';
import {
  mayAward,
  mayRecordAcceptance,
  requireAward,
  requireAwardsVisible,
  requireOwnAward,
} from './policy.js';
import { presentAward } from './presenter.js';
import {
  achievementById,
  awardForChange,
  awardViews,
  liveAward,
  type AwardView,
} from './repository.js';
import { awards } from './tables.js';

// Awards: offered by the issuing organisation's staff, then accepted (acceptance.ts signs the
// credential) or declined by the participant, and revoked with a reason written for them.

const issuerFacts = (view: AwardView) => ({
  organisationId: view.issuer.organisationId,
  kind: view.issuer.kind,
});

export const presentForStaff = (actor: Actor, level: AccessLevel, view: AwardView): Award =>
  presentAward(view.award, view.achievement, view.issuer, {
    accept: view.award.status === 'offered' && mayRecordAcceptance(level),
    revoke: view.award.status === 'accepted' && mayAward(actor, level, issuerFacts(view)),
  });

export const presentForParticipant = (view: AwardView): Award =>
  presentAward(view.award, view.achievement, view.issuer, {
    accept: view.award.status === 'offered',
    revoke: false,
  });

export async function participantAwards(
  services: Services,
  publicUrl: string,
  actor: Actor,
  participantId: string,
): Promise<Award[]> {
  const { db } = services.database;
  const { level } = await participantFor(db, actor, participantId);
  requireAwardsVisible(level);
  const views = await awardViews(db, publicUrl, { participantId });
  return views.map((view) => presentForStaff(actor, level, view));
}

export async function myAwards(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
): Promise<Award[]> {
  const views = await awardViews(services.database.db, publicUrl, {
    participantId: participant.participantId,
  });
  return views.map(presentForParticipant);
}

export async function offerAward(
  services: Services,
  publicUrl: string,
  actor: Actor,
  participantId: string,
  achievementId: string,
  grounds: AwardGrounds = {},
): Promise<Award> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const { level } = await participantFor(tx, actor, participantId);
    requireAwardsVisible(level);
    const achievement = await achievementById(tx, achievementId);
    const organisation =
      achievement &&
      (await organisationFacts(tx, [achievement.organisationId])).get(achievement.organisationId);
    if (!achievement || !organisation)
      throw new ValidationError('badges.unknown_achievement', 'No such badge.');
    requireAward(actor, level, { organisationId: organisation.id, kind: organisation.kind });
    if (await liveAward(tx, participantId, achievementId))
      throw new ConflictError('badges.already_awarded', 'This badge is already offered or held.');
    const { reflectionId } = grounds;
    if (reflectionId !== undefined) await markBadgeAwarded(tx, participantId, reflectionId);
    await ensureIssuer(tx, publicUrl, organisation.id);
    const [row] = await tx
      .insert(awards)
      .values({
        achievementId,
        participantId,
        offeredById: actor.staffId,
        offeredAt: now.toISOString(),
        narrative: grounds.narrative ?? null,
        evidence: await evidenceFor(tx, participantId, grounds),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: actor.staffId,
        kind: 'badge_offered',
        data: { awardId: row.id, achievementId },
        audit: {
          action: 'award.offer',
          entityType: 'award',
          entityId: row.id,
          before: null,
          after: { status: 'offered', achievementId, ...(reflectionId ? { reflectionId } : {}) },
        },
      },
      now,
    );
    const [view] = await awardViews(tx, publicUrl, { awardIds: [row.id] });
    if (!view) throw new Error('award not found after insert');
    return presentForStaff(actor, level, view);
  });
}

function requireOffered(view: AwardView): void {
  if (view.award.status !== 'offered')
    throw new ConflictError('badges.not_offered', 'This badge is no longer waiting for an answer.');
}

/** Declining is final: the same badge may be offered again later, as a new award. */
export async function declineMyAward(
  services: Services,
  publicUrl: string,
  participant: ParticipantActor,
  awardId: string,
): Promise<Award> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const view = await awardForChange(tx, publicUrl, awardId);
    requireOwnAward(participant.participantId, view.award);
    requireOffered(view);
    await tx
      .update(awards)
      .set({ status: 'declined', declinedAt: now.toISOString() })
      .where(eq(awards.id, awardId));
    await recordParticipantEvent(
      tx,
      {
        participantId: view.award.participantId,
        actorId: null,
        kind: 'badge_declined',
        data: { awardId, achievementId: view.achievement.id },
        audit: {
          action: 'award.decline',
          entityType: 'award',
          entityId: awardId,
          before: { status: 'offered' },
          after: { status: 'declined' },
        },
      },
      now,
    );
    return presentForParticipant(await reread(tx, publicUrl, awardId));
  });
}

export async function reread(tx: Tx, publicUrl: string, awardId: string): Promise<AwardView> {
  const [view] = await awardViews(tx, publicUrl, { awardIds: [awardId] });
  if (!view) throw new Error('award vanished');
  return view;
}

/** Revocation: the status list shows it at once; the reason is for the earner, never audited. */
export async function revokeAward(
  services: Services,
  publicUrl: string,
  actor: Actor,
  awardId: string,
  reason: string,
): Promise<Award> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const view = await awardForChange(tx, publicUrl, awardId);
    const level = await levelFor(tx, actor, view.award.participantId);
    requireAward(actor, level, issuerFacts(view));
    if (view.award.status !== 'accepted')
      throw new ConflictError('badges.not_revocable', 'Only a signed badge can be revoked.');
    await tx
      .update(awards)
      .set({
        status: 'revoked',
        revokedAt: now.toISOString(),
        revokedById: actor.staffId,
        revocationReason: reason,
      })
      .where(eq(awards.id, awardId));
    await recordParticipantEvent(
      tx,
      {
        participantId: view.award.participantId,
        actorId: actor.staffId,
        kind: 'badge_revoked',
        data: { awardId, achievementId: view.achievement.id },
        audit: {
          action: 'award.revoke',
          entityType: 'award',
          entityId: awardId,
          before: { status: 'accepted' },
          after: { status: 'revoked', withReason: true },
        },
      },
      now,
    );
    return presentForStaff(actor, level, await reread(tx, publicUrl, awardId));
  });
}
