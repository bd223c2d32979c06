import { ForbiddenError } from '../errors/index.js';
import { canSeeFile, type AccessLevel } from '../participants/policy.js';

/**
 * Notes belong to the file: whoever sees the file reads and writes them; partners, who see the
 * pseudonym only, see no notes at all. A private note is read by its author only (a condition of
 * the notes query, in service.ts).
 */
export function requireNotesAccess(level: AccessLevel): void {
  if (!canSeeFile(level)) throw new ForbiddenError();
}
