import { eq, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { notes } from '../db/schema.js';

/*
 * The SQL translation of canReadNote() in policy.ts, for the notes list: it must express the same
 * rule; a change to the rule changes both files together (notes/visibility.test.ts compares them).
 */

/** Which notes of a file the actor reads: the shared ones and their own private ones. */
export function readableNotes(actor: Pick<Actor, 'staffId'>): SQL {
  return or(eq(notes.private, false), eq(notes.authorId, actor.staffId)) ?? sql`false`;
}
