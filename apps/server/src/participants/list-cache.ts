import type { Actor } from '../auth/actor.js';
import { isCoordination } from '../auth/actor.js';
import { readKey } from '../db/read-cache.js';
import type { ListFilters } from './repository.js';

/**
 * Who sees what: coordination sees every participant and every file, so all its members share one
 * scope; anyone else's list depends on their own id (team) and organisations and roles.
 */
function scopeOf(actor: Actor): string {
  if (isCoordination(actor)) return 'coordination';
  const roles = actor.memberships.map((m) => `${m.organisationId}:${m.role}`).sort();
  return `${actor.staffId}|${roles.join(',')}`;
}

/** Every filter is part of the key, including any added later. */
export const listKey = (actor: Actor, filters: ListFilters): string =>
  readKey('participants', scopeOf(actor), filters);
