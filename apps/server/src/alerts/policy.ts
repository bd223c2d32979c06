import type { Actor } from '../auth/actor.js';
import { requireFollowUpRole } from '../participants/policy.js';

/**
 * Alerts are the follow-up's work list: follow-up roles and coordination read them, each over the
 * participants they see (participants/visibility-sql.ts narrows the rows).
 */
export function requireAlertsReader(actor: Actor): void {
  requireFollowUpRole(actor);
}
