import type { Actor } from '../auth/actor.js';
import { hasRole, isCoordination } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';

/** A sensitive name is shown only to coordination and the organisation's own members. */
export function seesName(
  actor: Actor,
  organisation: { id: string; sensitiveName: boolean },
): boolean {
  return (
    !organisation.sensitiveName ||
    isCoordination(actor) ||
    actor.memberships.some((m) => m.organisationId === organisation.id)
  );
}

/** Organisations join the consortium through coordination. */
export function requireOrganisationCreator(actor: Actor): void {
  if (!isCoordination(actor)) throw new ForbiddenError();
}

/** The staff directory (pickers for référent, co-signers) is for staff who work with participants; evaluators see nobody. */
export function requireDirectoryReader(actor: Actor): void {
  if (
    !isCoordination(actor) &&
    !hasRole(actor, 'coordinator', 'referent', 'partner_staff', 'org_admin')
  )
    throw new ForbiddenError();
}
