import type { AwardStatus, OrganisationKind } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { isCoordination, organisationsWithRole } from '../auth/actor.js';
import { ForbiddenError, NotFoundError } from '../errors/index.js';
import { canSeeFile, type AccessLevel } from '../participants/policy.js';

/*
 * Who designs, awards and revokes badges, as pure functions of the actor and facts the services
 * load. An organisation's staff (org_admin, coordinateur, référent) speak for it as an issuer;
 * coordination speaks for every consortium member. Partners' staff and evaluators issue nothing.
 */

/** The roles that speak for an organisation as an issuer. */
export const ISSUER_ROLES = ['org_admin', 'coordinator', 'referent'] as const;

export interface IssuerFacts {
  organisationId: string;
  kind: OrganisationKind;
}

/** Designs and awards the organisation's badges. */
export const speaksFor = (actor: Actor, issuer: IssuerFacts): boolean =>
  (isCoordination(actor) && issuer.kind === 'consortium_member') ||
  organisationsWithRole(actor, ...ISSUER_ROLES).includes(issuer.organisationId);

export function requireDesign(actor: Actor, issuer: IssuerFacts): void {
  if (!speaksFor(actor, issuer)) throw new ForbiddenError();
}

/** Whose badges the actor reads in the designer: their organisations', every member's for coordination. */
export const readsBadgesOf = (actor: Actor, issuer: IssuerFacts): boolean =>
  speaksFor(actor, issuer) ||
  actor.memberships.some((m) => m.organisationId === issuer.organisationId);

/**
 * A participant's badges are read by whoever sees their file; others get the participant's 404,
 * so that a badge never tells them the person is followed.
 */
export function requireAwardsVisible(level: AccessLevel): void {
  if (!canSeeFile(level)) throw new NotFoundError('Participant');
}

/** Offering or revoking: someone who sees the file and speaks for the issuing organisation. */
export const mayAward = (actor: Actor, level: AccessLevel, issuer: IssuerFacts): boolean =>
  canSeeFile(level) && speaksFor(actor, issuer);

export function requireAward(actor: Actor, level: AccessLevel, issuer: IssuerFacts): void {
  requireAwardsVisible(level);
  if (!speaksFor(actor, issuer)) throw new ForbiddenError();
}

/**
 * The "yes" is the participant's: whoever follows them (sees their file) may record it with them,
 * even for another organisation's badge; the credential is signed by the issuer all the same.
 */
export const mayRecordAcceptance = (level: AccessLevel): boolean => canSeeFile(level);

export function requireRecordAcceptance(level: AccessLevel): void {
  requireAwardsVisible(level);
}

/** A participant acts on their own awards only; another's is a missing one. */
export function requireOwnAward(participantId: string, award: { participantId: string }): void {
  if (award.participantId !== participantId) throw new NotFoundError('Award');
}

/*
 * Claim codes at a session: whoever works at the session's organisation (its animateur, partner
 * staff included, its follow-up staff) and coordination show a code for one of that organisation's
 * badges, from half an hour before the session until a day after it ends. They learn how many
 * claimed, never who.
 */
const CLAIM_OPENS_BEFORE_MS = 30 * 60_000;
const CLAIM_CLOSES_AFTER_MS = 24 * 3_600_000;
const CLAIM_ROLES = ['partner_staff', 'org_admin', 'referent', 'coordinator'] as const;

export interface ClaimSessionFacts {
  organisationId: string;
  startsAt: string;
  endsAt: string;
  cancelledAt: string | null;
}

/** Partner and follow-up staff of the session's organisation, and coordination. */
export const mayShowClaims = (actor: Actor, session: ClaimSessionFacts): boolean =>
  isCoordination(actor) ||
  organisationsWithRole(actor, ...CLAIM_ROLES).includes(session.organisationId);

export function requireShowClaims(actor: Actor, session: ClaimSessionFacts): void {
  if (!mayShowClaims(actor, session)) throw new ForbiddenError();
}

/** A code is shown around the session only, and for one of its organisation's badges. */
export function claimWindowOpen(session: ClaimSessionFacts, now: Date): boolean {
  if (session.cancelledAt !== null) return false;
  const t = now.getTime();
  return (
    t >= new Date(session.startsAt).getTime() - CLAIM_OPENS_BEFORE_MS &&
    t <= new Date(session.endsAt).getTime() + CLAIM_CLOSES_AFTER_MS
  );
}

/** A code works until it expires; after, it is as unknown as a code never made. */
export const claimLive = (claim: { expiresAt: string }, now: Date): boolean =>
  new Date(claim.expiresAt).getTime() > now.getTime();

/*
 * Proposals: whoever sees a participant's file proposes another organisation's badge to them; the
 * issuing organisation (whoever speaks for it) accepts or declines. Others do not learn a proposal
 * exists: its 404.
 */
export function requirePropose(level: AccessLevel): void {
  requireAwardsVisible(level);
}

export const mayDecideProposal = (actor: Actor, issuer: IssuerFacts): boolean =>
  speaksFor(actor, issuer);

export function requireDecideProposal(actor: Actor, issuer: IssuerFacts): void {
  if (!mayDecideProposal(actor, issuer)) throw new NotFoundError('Proposal');
}

/*
 * The backpack (issue 17): a badge is its earner's. Only they share it, stop sharing it, hide it.
 * Outside, a share link answers while it is live and the badge is neither hidden nor withdrawn
 * from the backpack; a revoked badge still answers (its page says it is revoked); anything else
 * answers like a link never made.
 */
export interface BackpackFacts {
  status: AwardStatus;
  hiddenAt: string | null;
}

/** A share link is made for an accepted badge its earner has not hidden. */
export const mayShare = (award: BackpackFacts): boolean =>
  award.status === 'accepted' && award.hiddenAt === null;

/** What a share link opens: a live link of a signed badge (accepted or since revoked), not hidden. */
export const shareAnswers = (award: BackpackFacts, share: { revokedAt: string | null }): boolean =>
  share.revokedAt === null &&
  award.hiddenAt === null &&
  (award.status === 'accepted' || award.status === 'revoked');

/** Its earner takes a signed badge away in every form, hidden or not (hiding is about others). */
export const mayDownload = (award: BackpackFacts & { credential: unknown }): boolean =>
  award.status === 'accepted' && award.credential !== null;

/**
 * Key objectives and badges: the participant links their own badges to their contract's key
 * objectives; on the team's side, whoever follows them (sees the file), as for the "yes".
 */
export function requireLinkObjectives(level: AccessLevel): void {
  requireAwardsVisible(level);
}
