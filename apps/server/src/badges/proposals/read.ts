import type { BadgeProposal, ProposableBadge } from '@territoires/contracts';
import type { Actor } from '../../auth/actor.js';
import { isCoordination, organisationsWithRole } from '../../auth/actor.js';
import { participantFor } from '../../participants/index.js';
import type { Services } from '../../services.js';
import { iso } from '../../time/index.js';
import { issuersOf } from '../issuers.js';
import {
  ISSUER_ROLES,
  mayDecideProposal,
  requireAwardsVisible,
  requirePropose,
  speaksFor,
} from '../policy.js';
import { achievements } from '../tables.js';
import { ofOrganisations, ofParticipant, proposalViews, type ProposalView } from './repository.js';

// What proposals read: the participant's (for their team), the incoming ones (for the issuing
// organisation), and the badges one may propose.

const isoOrNull = (value: string | null) => (value === null ? null : iso(value));

export const presentProposal = (actor: Actor, view: ProposalView): BadgeProposal => ({
  id: view.proposal.id,
  participantId: view.proposal.participantId,
  participantPseudonym: view.pseudonym,
  achievement: {
    id: view.achievement.id,
    name: view.achievement.name,
    issuerName: view.issuer.name,
  },
  reason: view.proposal.reason,
  proposedAt: iso(view.proposal.proposedAt),
  status: view.proposal.status,
  decidedAt: isoOrNull(view.proposal.decidedAt),
  declineReason: view.proposal.declineReason,
  awardId: view.proposal.awardId,
  can: {
    decide:
      view.proposal.status === 'pending' &&
      mayDecideProposal(actor, {
        organisationId: view.issuer.organisationId,
        kind: view.issuer.kind,
      }),
  },
});

export const factsOf = (view: ProposalView) => ({
  organisationId: view.issuer.organisationId,
  kind: view.issuer.kind,
});

export async function participantProposals(
  services: Services,
  publicUrl: string,
  actor: Actor,
  participantId: string,
): Promise<BadgeProposal[]> {
  const { db } = services.database;
  const { level } = await participantFor(db, actor, participantId);
  requireAwardsVisible(level);
  const views = await proposalViews(db, publicUrl, ofParticipant(participantId));
  return views.map((view) => presentProposal(actor, view));
}

/** What the viewer's organisations are asked: waiting ones first. */
export async function incomingProposals(
  services: Services,
  publicUrl: string,
  actor: Actor,
): Promise<BadgeProposal[]> {
  const { db } = services.database;
  const own = organisationsWithRole(actor, ...ISSUER_ROLES);
  if (own.length === 0 && !isCoordination(actor)) return [];
  const views = await proposalViews(
    db,
    publicUrl,
    isCoordination(actor) ? undefined : ofOrganisations(own),
  );
  return views
    .filter((view) => mayDecideProposal(actor, factsOf(view)))
    .map((view) => presentProposal(actor, view))
    .sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'));
}

/** Every consortium member's badges but those of the organisations the viewer speaks for. */
export async function proposableBadges(
  services: Services,
  publicUrl: string,
  actor: Actor,
  participantId: string,
): Promise<ProposableBadge[]> {
  const { db } = services.database;
  const { level } = await participantFor(db, actor, participantId);
  requirePropose(level);
  const rows = await db.select().from(achievements).orderBy(achievements.name).limit(1000);
  const issuers = await issuersOf(
    db,
    publicUrl,
    rows.map((r) => r.organisationId),
  );
  return rows.flatMap((row) => {
    const issuer = issuers.get(row.organisationId);
    if (issuer?.kind !== 'consortium_member') return [];
    if (speaksFor(actor, { organisationId: issuer.organisationId, kind: issuer.kind })) return [];
    return [{ id: row.id, name: row.name, description: row.description, issuerName: issuer.name }];
  });
}
