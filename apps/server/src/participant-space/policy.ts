import { ForbiddenError } from '../errors/index.js';
import { canSeeSensitive, type AccessLevel } from '../participants/policy.js';

/**
 * Only those who see the whole file (the follow-up team, coordination) hand out a way into the
 * participant's space, or close it: a colleague of the organisation or a partner may not.
 */
export function requireSpaceKeeper(level: AccessLevel): void {
  if (!canSeeSensitive(level)) throw new ForbiddenError();
}
