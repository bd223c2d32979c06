import type { Actor } from '../auth/actor.js';
import { isCoordination, organisationsWithRole } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';
import {
  canSeeFile,
  PARTNER_ROLES,
  requireEdit,
  requireParticipantRole,
  type AccessLevel,
} from '../participants/policy.js';
import { worksAt } from '../registrations/policy.js';

/** A participant's agenda is part of the file: partners, who see the pseudonym only, do not read it. */
export function requireAgendaReader(level: AccessLevel): void {
  if (!canSeeFile(level)) throw new ForbiddenError();
}

/** The week of sessions (/semaine) is for partner roles, who take attendance there, and coordination. */
export const readsWeek = (actor: Actor): boolean =>
  isCoordination(actor) || organisationsWithRole(actor, ...PARTNER_ROLES).length > 0;

/** Whose sessions the week shows: every organisation's for coordination, else the actor's own. */
export function weekScope(actor: Actor): 'all' | string[] {
  if (!readsWeek(actor)) throw new ForbiddenError();
  if (isCoordination(actor)) return 'all';
  return organisationsWithRole(actor, ...PARTNER_ROLES);
}

/** Bookable sessions are for staff who register participants. */
export function requireBookingStaff(actor: Actor): void {
  requireParticipantRole(actor);
}

/** Follow-up staff (those who edit the file) manage a participant's feed. */
export function requireParticipantFeedManager(level: AccessLevel): void {
  requireEdit(level);
}

/** Staff of an organisation manage its own feed. */
export function requireOrganisationFeedManager(actor: Actor, organisationId: string): void {
  if (!worksAt(actor, organisationId)) throw new ForbiddenError();
}
