import { z } from 'zod';
import { idParamsSchema, idSchema, timestampSchema } from './common.js';
import type { RouteContract } from './route-contract.js';

// Proposing another organisation's badge (issue 16): a référent proposes, to a participant they
// follow, a badge of another consortium organisation; that organisation's staff accept it (it
// becomes an award the organisation offers, and signs once the person accepts) or decline it, with
// a reason the référent reads.

export const BADGE_PROPOSAL_ERROR_CODES = ['badges.proposal_decided'] as const;
export const BADGE_PROPOSAL_TIMELINE_KINDS = ['badge_proposed', 'badge_proposal_declined'] as const;

export const BADGE_PROPOSAL_STATUSES = ['pending', 'accepted', 'declined'] as const;

const reasonText = z.string().trim().min(1).max(1000);

export const proposeBadgeBodySchema = z
  .object({ achievementId: idSchema, reason: reasonText })
  .strict();
export const declineBadgeProposalBodySchema = z.object({ reason: reasonText }).strict();

export const badgeProposalSchema = z.object({
  id: idSchema,
  participantId: idSchema,
  /** The pseudonym only: the issuing organisation learns nothing else of the person. */
  participantPseudonym: z.string(),
  achievement: z.object({ id: idSchema, name: z.string(), issuerName: z.string() }),
  reason: z.string(),
  proposedAt: timestampSchema,
  status: z.enum(BADGE_PROPOSAL_STATUSES),
  decidedAt: timestampSchema.nullable(),
  /** Why the organisation declined, written for the référent. */
  declineReason: z.string().nullable(),
  /** The award offered once accepted. */
  awardId: idSchema.nullable(),
  can: z.object({ decide: z.boolean() }),
});

/** A badge another organisation issues, as the référent chooses it. */
export const proposableBadgeSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  issuerName: z.string(),
});

export const badgeProposalRoutes = {
  proposableBadges: {
    method: 'GET',
    path: '/api/participants/:id/badge-proposals/choices',
    summary: "Other consortium organisations' badges one may propose to the participant",
    tag: 'badges',
    params: idParamsSchema,
    response: z.array(proposableBadgeSchema),
  },
  proposeBadge: {
    method: 'POST',
    path: '/api/participants/:id/badge-proposals',
    summary: "Propose another organisation's badge to a participant (that organisation decides)",
    tag: 'badges',
    params: idParamsSchema,
    body: proposeBadgeBodySchema,
    response: badgeProposalSchema,
    status: 201,
  },
  participantBadgeProposals: {
    method: 'GET',
    path: '/api/participants/:id/badge-proposals',
    summary: 'The badges proposed to other organisations for a participant, and their answers',
    tag: 'badges',
    params: idParamsSchema,
    response: z.array(badgeProposalSchema),
  },
  incomingBadgeProposals: {
    method: 'GET',
    path: '/api/badges/proposals',
    summary: "Proposals of the viewer's organisations' badges, waiting ones first",
    tag: 'badges',
    response: z.array(badgeProposalSchema),
  },
  acceptBadgeProposal: {
    method: 'POST',
    path: '/api/badge-proposals/:id/accept',
    summary: 'Accept a proposal: the organisation offers its badge to the person',
    tag: 'badges',
    params: idParamsSchema,
    response: badgeProposalSchema,
  },
  declineBadgeProposal: {
    method: 'POST',
    path: '/api/badge-proposals/:id/decline',
    summary: 'Decline a proposal, with a reason for the référent',
    tag: 'badges',
    params: idParamsSchema,
    body: declineBadgeProposalBodySchema,
    response: badgeProposalSchema,
  },
} as const satisfies Record<string, RouteContract>;

export type BadgeProposal = z.infer<typeof badgeProposalSchema>;
export type ProposableBadge = z.infer<typeof proposableBadgeSchema>;
export type ProposeBadgeBody = z.infer<typeof proposeBadgeBodySchema>;
