import type { CreateReflectionBody, UpdateReflectionBody } from '@territoires/contracts';
import type { Principal } from '../auth/principal.js';
import { ForbiddenError } from '../errors/index.js';

/*
 * Who reads and writes a participant's reflexivity times at all is the experiences rule
 * (experiences/policy.ts: the participant, their follow-up team, coordination). Here: which part.
 */

/**
 * The participant starts a reflexivity time with their own part only: the référent's comment, the
 * linked objectives and a badge proposal are the follow-up team's.
 */
export function requireCreatableBy(principal: Principal, body: CreateReflectionBody): void {
  if (
    principal.kind === 'participant' &&
    (body.comment !== undefined || body.objectiveIds.length > 0 || body.badge)
  )
    throw new ForbiddenError();
}

/** Both parts for the follow-up team; the participant may change only their own part. */
export function requireUpdatableBy(
  principal: Principal,
  staffPart: Omit<UpdateReflectionBody, 'part' | 'version'>,
): void {
  if (principal.kind === 'participant' && Object.keys(staffPart).length > 0)
    throw new ForbiddenError();
}
