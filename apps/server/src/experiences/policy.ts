import { MAX_FILES_PER_EXPERIENCE, type Experience } from '@territoires/contracts';
import type { Principal } from '../auth/principal.js';
import { ForbiddenError, NotFoundError, RuleViolationError } from '../errors/index.js';
import { canSeeSensitive, type AccessLevel } from '../participants/policy.js';

export interface RecordFacts {
  /** The participant the record (experience, reflection, file) belongs to. */
  ownerId: string;
  /**
   * A staff principal's level on the owner's file, read by participants/access.ts (which already
   * answered 404 when the owner is invisible to them); null for a participant principal.
   */
  level: AccessLevel | null;
}

/**
 * Experiences, reflexivity times and their files are the participant's own words and photos: only
 * the participant, their current follow-up team and coordination see them. Colleagues of the
 * following organisation who are not on the team and partner staff (even at the activity where the
 * experience was lived) get a 403; anyone who cannot see the participant at all gets a 404, and a
 * record of another participant is as invisible to a participant as a missing one (`what` names it).
 */
export function requirePersonalRecordAccess(
  principal: Principal,
  facts: RecordFacts,
  what: string,
): void {
  if (principal.kind === 'participant') {
    if (principal.participant.participantId !== facts.ownerId) throw new NotFoundError(what);
    return;
  }
  if (facts.level === null || !canSeeSensitive(facts.level)) throw new ForbiddenError();
}

/** An experience holds at most MAX_FILES_PER_EXPERIENCE files. */
export const hasRoomForFile = (files: number): boolean => files < MAX_FILES_PER_EXPERIENCE;

export function requireRoomForFile(files: number): void {
  if (!hasRoomForFile(files))
    throw new RuleViolationError(
      'file.too_many',
      `An experience holds at most ${String(MAX_FILES_PER_EXPERIENCE)} files.`,
    );
}

/**
 * What the viewer may do with an experience they are shown: whoever reads one (requirePersonalRecordAccess)
 * edits it and adds files to it, until it holds its maximum of files.
 */
export const experienceCan = (files: number): Experience['can'] => ({
  edit: true,
  addFile: hasRoomForFile(files),
});
