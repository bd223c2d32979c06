import { ForbiddenError } from '../errors/index.js';
import { canSeeFile, type AccessLevel } from '../participants/policy.js';

/** Whoever sees the participant's file reads its badges. */
export function requireBadgesReader(level: AccessLevel): void {
  if (!canSeeFile(level)) throw new ForbiddenError();
}
