import type { Actor } from '../auth/actor.js';
import { isCoordination, organisationsWithRole } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';
import { RegistrationNotFoundError } from './errors.js';
import { canSeeFile, PARTNER_ROLES, type AccessLevel } from '../participants/policy.js';

/** Partner staff (and follow-up staff) of the session's organisation, and coordination. */
export function worksAt(actor: Actor, organisationId: string): boolean {
  return (
    isCoordination(actor) || organisationsWithRole(actor, ...PARTNER_ROLES).includes(organisationId)
  );
}

/**
 * Whoever may see the file registers a participant, or cancels their registration (follow-up team,
 * colleagues, coordination); a partner who only sees the pseudonym does not.
 */
export function requireParticipantRegistrar(level: AccessLevel): void {
  if (!canSeeFile(level)) throw new ForbiddenError();
}

/** Guests (people outside the programme) are registered and cancelled by the session's organisation. */
export function requireGuestRegistrar(actor: Actor, organisationId: string): void {
  if (!worksAt(actor, organisationId)) throw new ForbiddenError();
}

/**
 * Who cancels a registration: the session's organisation, for any line of its roster (guests and
 * participants alike, since the roster must not tell them apart), and whoever may see the
 * participant's file. Anyone else may not know the registration exists: 404 (ADR 12).
 */
export function requireRegistrationCanceller(
  actor: Actor,
  sessionOrganisationId: string,
  participantLevel: AccessLevel | null,
): void {
  if (worksAt(actor, sessionOrganisationId)) return;
  if (participantLevel !== null && canSeeFile(participantLevel)) return;
  throw new RegistrationNotFoundError();
}
