import type { Role } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { isCoordination, organisationsWithRole } from '../auth/actor.js';
import { ForbiddenError, NotFoundError } from '../errors/index.js';

/*
 * Who runs accounts. Coordination runs every account of the consortium; an org_admin runs the
 * accounts of their own organisations, and grants only that organisation's roles. Roles that reach
 * across the consortium (coordination, evaluator, funder) come from coordination alone.
 */

/** The roles an org_admin grants in their own organisation. */
export const ORGANISATION_ROLES = [
  'partner_staff',
  'referent',
  'coordinator',
  'org_admin',
] as const satisfies readonly Role[];

/** The organisations whose accounts the actor runs: 'all' for coordination. */
export function administered(actor: Actor): 'all' | string[] {
  return isCoordination(actor) ? 'all' : organisationsWithRole(actor, 'org_admin');
}

export const runsOrganisation = (actor: Actor, organisationId: string): boolean => {
  const scope = administered(actor);
  return scope === 'all' || scope.includes(organisationId);
};

/** The accounts and invitations screens: coordination and org_admins. */
export function requireAccountsDesk(actor: Actor): 'all' | string[] {
  const scope = administered(actor);
  if (scope !== 'all' && scope.length === 0) throw new ForbiddenError();
  return scope;
}

export function grantableRoles(actor: Actor, organisationId: string): readonly Role[] {
  if (isCoordination(actor))
    return [...ORGANISATION_ROLES, 'coordination', 'evaluator', 'funder'] as const;
  return runsOrganisation(actor, organisationId) ? ORGANISATION_ROLES : [];
}

/** Inviting to an organisation one does not run, or with a role one may not grant: 403. */
export function requireMayInvite(actor: Actor, organisationId: string, roles: readonly Role[]) {
  requireAccountsDesk(actor);
  const grantable = grantableRoles(actor, organisationId);
  if (roles.some((role) => !grantable.includes(role))) throw new ForbiddenError();
}

/** An invitation of an organisation the actor does not run is not theirs to see (404). */
export function requireRunsInvitation(actor: Actor, invitation: { organisationId: string }) {
  requireAccountsDesk(actor);
  if (!runsOrganisation(actor, invitation.organisationId)) throw new NotFoundError('Invitation');
}

export interface TargetFacts {
  /** The account's memberships, in every organisation. */
  memberships: { organisationId: string; role: Role }[];
}

/**
 * Deactivating an account or producing its reset link: coordination for anyone; an org_admin only
 * for accounts that belong to their organisations alone, never one holding a consortium role (else
 * a partner's admin could take over a coordination account by its reset link). An account the actor
 * does not run at all is not theirs to know about (404).
 */
export function requireRunsAccount(actor: Actor, target: TargetFacts): void {
  requireAccountsDesk(actor);
  if (isCoordination(actor)) return;
  const mine = target.memberships.filter((m) => runsOrganisation(actor, m.organisationId));
  if (mine.length === 0) throw new NotFoundError('Account');
  const wholly = mine.length === target.memberships.length;
  const consortiumRole = target.memberships.some(
    (m) => !(ORGANISATION_ROLES as readonly Role[]).includes(m.role),
  );
  if (!wholly || consortiumRole) throw new ForbiddenError();
}

/** Nobody deactivates their own account (the last coordination could lock everyone out). */
export function requireNotSelf(actor: Actor, staffId: string): void {
  if (actor.staffId === staffId)
    throw new ForbiddenError('auth.forbidden', 'You may not deactivate your own account.');
}

/**
 * Who a leaver follows is named to coordination only: an org_admin is a partner role, and partners
 * never learn who is a programme participant (ADR 12); they read how many files need a new team.
 */
export const namesFollowedFiles = (actor: Actor): boolean => isCoordination(actor);
