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

/**
 * Registrations are taken and cancelled only while their session is neither cancelled nor started:
 * why a session is closed to them, or null while it is open.
 */
export function closedBecause(
  session: { cancelledAt: string | null; startsAt: string },
  now: Date,
): 'cancelled' | 'in_past' | null {
  if (session.cancelledAt !== null) return 'cancelled';
  if (new Date(session.startsAt).getTime() <= now.getTime()) return 'in_past';
  return null;
}

/**
 * What the viewer may do with a registration they are shown (a participant's agenda: whoever reads
 * it, the participant or staff who see the file, may cancel): cancel it while its session is open.
 */
export const registrationCan = (
  session: { cancelledAt: string | null; startsAt: string },
  now: Date,
): { cancel: boolean } => ({ cancel: closedBecause(session, now) === null });

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
