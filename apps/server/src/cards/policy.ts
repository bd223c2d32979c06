import { requireEdit, type AccessLevel } from '../participants/policy.js';

/**
 * The card is for the follow-up circle (whoever edits the file) to print, hand over and revoke;
 * partners only scan it.
 */
export function requireCardKeeper(level: AccessLevel): void {
  requireEdit(level);
}
