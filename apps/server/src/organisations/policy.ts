import type { Actor } from '../auth/actor.js';
import { hasRole, isCoordination, organisationsWithRole } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';

/** What stands in for a sensitive name (an addiction service, a shelter…) outside the organisation. */
export const PUBLIC_NAME = 'Structure partenaire';

/**
 * The name a viewer reads: a sensitive name never leaves the server to anyone outside that
 * organisation and coordination; participants, exports and everyone else read the public name.
 */
export function organisationNameFor(
  viewer: Actor | null,
  organisation: { id: string; name: string; sensitiveName: boolean; publicName?: string | null },
): string {
  if (!organisation.sensitiveName || (viewer !== null && seesName(viewer, organisation)))
    return organisation.name;
  return organisation.publicName ?? PUBLIC_NAME;
}

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

/** Organisations join the consortium, and are edited, through coordination. */
export const managesOrganisations = (actor: Actor): boolean => isCoordination(actor);

export function requireOrganisationCreator(actor: Actor): void {
  if (!managesOrganisations(actor)) throw new ForbiddenError();
}

/** The staff directory (pickers for référent, co-signers) is for staff who work with participants; evaluators see nobody. */
export function requireDirectoryReader(actor: Actor): void {
  if (
    !isCoordination(actor) &&
    !hasRole(actor, 'coordinator', 'referent', 'partner_staff', 'org_admin')
  )
    throw new ForbiddenError();
}

/**
 * How much of the directory the actor reads. Follow-up staff and coordination pick référents and
 * co-signers across the consortium. Partners (staff whose only roles are partner ones) read their own
 * organisations' staff and the facilitators of their organisations' sessions, and only their own
 * organisations' e-mails: the consortium's addresses are not theirs to collect (ADR 12).
 */
export type DirectoryScope =
  { kind: 'consortium' } | { kind: 'partner'; organisationIds: string[] };

export function directoryScope(actor: Actor): DirectoryScope {
  requireDirectoryReader(actor);
  if (isCoordination(actor) || hasRole(actor, 'coordinator', 'referent'))
    return { kind: 'consortium' };
  return {
    kind: 'partner',
    organisationIds: organisationsWithRole(actor, 'partner_staff', 'org_admin'),
  };
}

/** In a partner's directory, a colleague of their own organisation shows an e-mail; others do not. */
export function seesEmail(scope: DirectoryScope, memberOf: readonly string[]): boolean {
  return scope.kind === 'consortium' || memberOf.some((id) => scope.organisationIds.includes(id));
}
