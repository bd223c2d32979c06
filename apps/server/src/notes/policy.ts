import type { Actor } from '../auth/actor.js';
import { ForbiddenError } from '../errors/index.js';
import { canSeeFile, type AccessLevel } from '../participants/policy.js';

/** Notes belong to the file: whoever sees the file reads and writes them. */
export function requireNotesAccess(level: AccessLevel): void {
  if (!canSeeFile(level)) throw new ForbiddenError();
}

/**
 * Among the notes of a file the actor may read (requireNotesAccess), a private note is read by its
 * author only. Lists apply it in SQL: readableNotes() in visibility-sql.ts says the same.
 */
export const canReadNote = (
  actor: Pick<Actor, 'staffId'>,
  note: { private: boolean; authorId: string },
): boolean => !note.private || note.authorId === actor.staffId;
