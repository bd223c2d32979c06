import type { Actor } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';
import { worksAt } from '../registrations/policy.js';

/**
 * Rosters and scans are the session's organisation's business: its partner and follow-up staff, and
 * coordination. Each scan of a batch is decided on its own, so one session refused does not sink the
 * others.
 */
export const mayTakeAttendance = (actor: Actor, organisationId: string): boolean =>
  worksAt(actor, organisationId);

export function requireRosterReader(actor: Actor, organisationId: string): void {
  if (!mayTakeAttendance(actor, organisationId)) throw new ForbiddenError();
}
