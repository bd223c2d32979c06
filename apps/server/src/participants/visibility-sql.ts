import { eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { isCoordination, organisationsWithRole } from '../auth/actor.js';
import { participants } from '../db/schema.js';
import { FOLLOW_UP_ROLES } from './policy.js';

/*
 * The SQL translation of accessLevel() in policy.ts, for lists: it must express the same rule.
 * A change to the rule changes both files together; the visibility tests (visibility.test.ts,
 * permissions.test.ts) compare what lists show with what the detail, decided by the policy, shows.
 */

/** The follow-up circle (colleague, team) as SQL. */
function followUpCircle(actor: Actor): SQL[] {
  const followUpOrgs = organisationsWithRole(actor, ...FOLLOW_UP_ROLES);
  const conditions: SQL[] = [];
  if (followUpOrgs.length > 0) conditions.push(inArray(participants.organisationId, followUpOrgs));
  // The current team is denormalised on the row (kept in step with follow_up_assignments by the
  // services), so this stays an index-friendly condition rather than a subquery per list.
  conditions.push(
    eq(participants.referentId, actor.staffId),
    eq(participants.coordinatorId, actor.staffId),
  );
  return conditions;
}

/** Which participants the actor sees at all: accessLevel() !== 'none' as SQL (undefined: all). */
export function visibleParticipants(actor: Actor): SQL | undefined {
  if (isCoordination(actor)) return undefined;
  return or(...followUpCircle(actor));
}
