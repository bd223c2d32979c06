import type { Actor } from '../auth/actor.js';
import { hasRole, isCoordination, organisationsWithRole } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';

/*
 * Who reads the programme's figures, and how (PRODUCT.md, "Indicators"):
 * - coordination: everything, unmasked;
 * - an organisation's managers (coordinateurs, org admins): the participants their organisation
 *   follows, unmasked (they know them already);
 * - evaluators and funders: the whole programme, aggregates only, small cells masked;
 * - référents, partner staff and everyone else: not the dashboard.
 */

export const MANAGING_ROLES = ['coordinator', 'org_admin'] as const;
export const AGGREGATE_ROLES = ['evaluator', 'funder'] as const;

export interface IndicatorsView {
  /** Participants followed by these organisations only; undefined: the whole programme. */
  within: string[] | undefined;
  /** Counts under 5 masked (and their complements), names of people never given. */
  masked: boolean;
}

/** Whether the person may open the dashboard at all (the session's capability, the menu). */
export const readsIndicators = (actor: Actor): boolean =>
  isCoordination(actor) ||
  hasRole(actor, ...AGGREGATE_ROLES) ||
  organisationsWithRole(actor, ...MANAGING_ROLES).length > 0;

/**
 * The view for a request, filtered on an organisation or not. A manager asking for their own
 * organisation sees it unmasked, even if they are also an evaluator; asking for another one, they
 * see it as an evaluator would, or not at all.
 */
export function indicatorsView(actor: Actor, organisation: string | undefined): IndicatorsView {
  if (isCoordination(actor)) return { within: undefined, masked: false };
  const own = organisationsWithRole(actor, ...MANAGING_ROLES);
  if (organisation !== undefined && own.includes(organisation))
    return { within: [organisation], masked: false };
  if (hasRole(actor, ...AGGREGATE_ROLES)) return { within: undefined, masked: true };
  if (own.length > 0 && organisation === undefined) return { within: own, masked: false };
  throw new ForbiddenError();
}

/** Staff names in a breakdown (the référents) are for unmasked viewers only. */
export const seesStaffNames = (view: IndicatorsView): boolean => !view.masked;

/** The participant-level file (pseudonymous, one row per person) is for evaluators alone. */
export const mayExportParticipants = (actor: Actor): boolean => hasRole(actor, 'evaluator');

export function requireParticipantExport(actor: Actor): void {
  if (!mayExportParticipants(actor)) throw new ForbiddenError();
}
