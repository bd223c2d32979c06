import type { CreateReflectionBody, UpdateReflectionBody } from '@territoires/contracts';
import type { Principal } from '../auth/principal.js';
import { staffIdOf } from '../auth/principal.js';
import { ForbiddenError, RuleViolationError } from '../errors/index.js';

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

/** What decides whether a reflexivity time may be deleted. */
export interface DeletionFacts {
  /** Who started it: a staff member, or the participant (null). */
  createdByStaffId: string | null;
  /** Nothing written in either part (did, learned, felt, next, comment, badge) and no objective. */
  empty: boolean;
}

/** Its author: the staff member who held it, or the participant who started it from their space. */
const isAuthor = (principal: Principal, facts: DeletionFacts): boolean =>
  principal.kind === 'participant'
    ? facts.createdByStaffId === null
    : facts.createdByStaffId === staffIdOf(principal);

/**
 * Only its author deletes a reflexivity time, and only while it is empty (one started and left):
 * once someone wrote in it, it is part of the participant's pathway. Reading it at all is checked
 * before (requireRecordAccess).
 */
export function requireDeletableBy(principal: Principal, facts: DeletionFacts): void {
  if (!isAuthor(principal, facts))
    throw new ForbiddenError(
      'auth.forbidden',
      'Only who started this reflexivity time deletes it.',
    );
  if (!facts.empty)
    throw new RuleViolationError(
      'reflection.not_empty',
      'Something is written in this reflexivity time: it is kept.',
    );
}

/** The presenter's flag: the delete button is offered exactly when the route would succeed. */
export const canDeleteReflection = (principal: Principal, facts: DeletionFacts): boolean =>
  isAuthor(principal, facts) && facts.empty;
