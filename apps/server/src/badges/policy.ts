import type { OrganisationKind } from '@territoires/contracts';
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
