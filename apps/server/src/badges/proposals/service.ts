import type { BadgeProposal } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.js';
import { ConflictError, ValidationError } from '../../errors/index.js';
import { organisationFacts } from '../../organisations/index.js';
import { participantFor, recordParticipantEvent } from '../../participants/index.js';
import type { Services } from '../../services.js';
import { ensureIssuer } from '../issuers.js';
import { requireDecideProposal, requirePropose } from '../policy.js';
import { achievementById, liveAward } from '../repository.js';
import { awards, badgeProposals } from '../tables.js';
import { factsOf, presentProposal } from './read.js';
import { byId, proposalForChange, proposalViews, type ProposalView } from './repository.js';

// Proposals (issue 16): a référent proposes another consortium organisation's badge to a person
// they follow; that organisation accepts (it offers the badge, as its own award) or declines with
// a reason the référent reads.

export async function proposeBadge(
  services: Services,
  publicUrl: string,
  actor: Actor,
  participantId: string,
  body: { achievementId: string; reason: string },
): Promise<BadgeProposal> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const { level } = await participantFor(tx, actor, participantId);
    requirePropose(level);
    const achievement = await achievementById(tx, body.achievementId);
    const organisation =
      achievement &&
      (await organisationFacts(tx, [achievement.organisationId])).get(achievement.organisationId);
    if (!achievement || organisation?.kind !== 'consortium_member')
      throw new ValidationError('badges.unknown_achievement', 'No such badge.');
    if (await liveAward(tx, participantId, achievement.id))
      throw new ConflictError('badges.already_awarded', 'This badge is already offered or held.');
    await ensureIssuer(tx, publicUrl, organisation.id);
    const [row] = await tx
      .insert(badgeProposals)
      .values({
        achievementId: achievement.id,
        participantId,
        proposedById: actor.staffId,
        proposedAt: now.toISOString(),
        reason: body.reason,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError('badges.already_awarded', 'This badge is already proposed.');
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: actor.staffId,
        kind: 'badge_proposed',
        data: { proposalId: row.id, achievementId: achievement.id },
        audit: {
          action: 'badge_proposal.create',
          entityType: 'badge_proposal',
          entityId: row.id,
          before: null,
          after: { status: 'pending', achievementId: achievement.id },
        },
      },
      now,
    );
    const [view] = await proposalViews(tx, publicUrl, byId(row.id));
    if (!view) throw new Error('proposal vanished');
    return presentProposal(actor, view);
  });
}

function requirePending(view: ProposalView): void {
  if (view.proposal.status !== 'pending')
    throw new ConflictError('badges.proposal_decided', 'This proposal was already answered.');
}

export async function acceptProposal(
  services: Services,
  publicUrl: string,
  actor: Actor,
  proposalId: string,
): Promise<BadgeProposal> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const view = await proposalForChange(tx, publicUrl, proposalId);
    requireDecideProposal(actor, factsOf(view));
    requirePending(view);
    const { participantId } = view.proposal;
    if (await liveAward(tx, participantId, view.achievement.id))
      throw new ConflictError('badges.already_awarded', 'This badge is already offered or held.');
    const [award] = await tx
      .insert(awards)
      .values({
        achievementId: view.achievement.id,
        participantId,
        offeredById: actor.staffId,
        offeredAt: now.toISOString(),
        narrative: view.proposal.reason,
      })
      .returning();
    if (!award) throw new Error('insert returned nothing');
    await tx
      .update(badgeProposals)
      .set({
        status: 'accepted',
        decidedById: actor.staffId,
        decidedAt: now.toISOString(),
        awardId: award.id,
      })
      .where(eq(badgeProposals.id, proposalId));
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: actor.staffId,
        kind: 'badge_offered',
        data: { awardId: award.id, achievementId: view.achievement.id, proposalId },
        audit: {
          action: 'badge_proposal.accept',
          entityType: 'badge_proposal',
          entityId: proposalId,
          before: { status: 'pending' },
          after: { status: 'accepted', awardId: award.id },
        },
      },
      now,
    );
    const [after] = await proposalViews(tx, publicUrl, byId(proposalId));
    if (!after) throw new Error('proposal vanished');
    return presentProposal(actor, after);
  });
}

export async function declineProposal(
  services: Services,
  publicUrl: string,
  actor: Actor,
  proposalId: string,
  reason: string,
): Promise<BadgeProposal> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const view = await proposalForChange(tx, publicUrl, proposalId);
    requireDecideProposal(actor, factsOf(view));
    requirePending(view);
    await tx
      .update(badgeProposals)
      .set({
        status: 'declined',
        decidedById: actor.staffId,
        decidedAt: now.toISOString(),
        declineReason: reason,
      })
      .where(eq(badgeProposals.id, proposalId));
    await recordParticipantEvent(
      tx,
      {
        participantId: view.proposal.participantId,
        actorId: actor.staffId,
        kind: 'badge_proposal_declined',
        data: { proposalId, achievementId: view.achievement.id },
        audit: {
          action: 'badge_proposal.decline',
          entityType: 'badge_proposal',
          entityId: proposalId,
          before: { status: 'pending' },
          after: { status: 'declined', withReason: true },
        },
      },
      now,
    );
    const [after] = await proposalViews(tx, publicUrl, byId(proposalId));
    if (!after) throw new Error('proposal vanished');
    return presentProposal(actor, after);
  });
}
