import type { Actor } from '../auth/actor.js';
import { hasRole, isCoordination, organisationsWithRole } from '../auth/actor.js';
import { ForbiddenError, NotFoundError } from '../errors/index.js';
import { canSeeFile, type AccessLevel } from '../participants/policy.js';

/*
 * Who may propose, decide on, cancel and even know of a transfer (ADR 0012), as pure functions of
 * the actor, the transfer and the actor's access level to the participant's file as it is now.
 * Not found = not allowed: whoever may not know the transfer exists gets the 404 of a missing id.
 */

export interface TransferFacts {
  fromOrganisationId: string;
  toOrganisationId: string;
  proposedById: string;
}

const coordinates = (actor: Actor, organisationId: string): boolean =>
  organisationsWithRole(actor, 'coordinator').includes(organisationId);

/** The sending side: the following organisation's coordinateurs, or coordination. */
export const mayPropose = (actor: Actor, followingOrganisationId: string): boolean =>
  isCoordination(actor) || coordinates(actor, followingOrganisationId);

/** The receiving side: the organisation's coordinateurs, or coordination. */
export const mayDecide = (actor: Actor, transfer: TransferFacts): boolean =>
  isCoordination(actor) || coordinates(actor, transfer.toOrganisationId);

/** The proposer, their organisation's other coordinateurs (someone may be away), or coordination. */
export const mayCancel = (actor: Actor, transfer: TransferFacts): boolean =>
  isCoordination(actor) ||
  transfer.proposedById === actor.staffId ||
  coordinates(actor, transfer.fromOrganisationId);

/** The two sides, and whoever sees the file now (they see the transfer on it). */
export const mayKnow = (actor: Actor, transfer: TransferFacts, level: AccessLevel): boolean =>
  mayDecide(actor, transfer) || mayCancel(actor, transfer) || canSeeFile(level);

/**
 * Transfers are asked about on the file: those who do not see the file (partners, strangers) get the
 * participant's 404, so that a transfer never tells them the person is followed.
 */
export function requireFileVisible(level: AccessLevel): void {
  if (!canSeeFile(level)) throw new NotFoundError('Participant');
}

export function requireMayPropose(
  actor: Actor,
  level: AccessLevel,
  followingOrganisationId: string,
): void {
  requireFileVisible(level);
  if (!mayPropose(actor, followingOrganisationId)) throw new ForbiddenError();
}

export function requireKnown(actor: Actor, transfer: TransferFacts, level: AccessLevel): void {
  if (!mayKnow(actor, transfer, level)) throw new NotFoundError('Transfer');
}

export function requireDecide(actor: Actor, transfer: TransferFacts, level: AccessLevel): void {
  requireKnown(actor, transfer, level);
  if (!mayDecide(actor, transfer)) throw new ForbiddenError();
}

export function requireCancel(actor: Actor, transfer: TransferFacts, level: AccessLevel): void {
  requireKnown(actor, transfer, level);
  if (!mayCancel(actor, transfer)) throw new ForbiddenError();
}

/** The transfers page is the coordinateurs' (and coordination's) desk. */
export const handlesTransfers = (actor: Actor): boolean =>
  isCoordination(actor) || hasRole(actor, 'coordinator');

export function requireTransferDesk(actor: Actor): void {
  if (!handlesTransfers(actor)) throw new ForbiddenError();
}

/** Which side of the transfer the viewer is on, for the page's two lists. */
export function directionOf(
  actor: Actor,
  transfer: TransferFacts,
): 'incoming' | 'outgoing' | 'other' {
  if (coordinates(actor, transfer.toOrganisationId)) return 'incoming';
  if (coordinates(actor, transfer.fromOrganisationId) || transfer.proposedById === actor.staffId)
    return 'outgoing';
  return 'other';
}

/**
 * Who becomes the team once the file is accepted: the accepting coordinateur (so that someone on
 * the team may change it, ADR 0012) and the référent they name; coordination does not join.
 */
export function teamAfterAcceptance(
  actor: Actor,
  transfer: TransferFacts,
  referentId: string | undefined,
): { staffId: string; role: 'referent' | 'coordinator' }[] {
  const team: { staffId: string; role: 'referent' | 'coordinator' }[] = [];
  if (coordinates(actor, transfer.toOrganisationId))
    team.push({ staffId: actor.staffId, role: 'coordinator' });
  if (referentId !== undefined) team.push({ staffId: referentId, role: 'referent' });
  return team;
}
