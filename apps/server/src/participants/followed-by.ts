import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { followUpAssignments, participants } from '../db/schema.js';

/** The files whose follow-up team a staff member is on today (a leaver's, to hand over). */
export async function followedBy(db: Db, staffId: string) {
  return db
    .selectDistinct({ id: participants.id, pseudonym: participants.pseudonym })
    .from(followUpAssignments)
    .innerJoin(participants, eq(participants.id, followUpAssignments.participantId))
    .where(and(eq(followUpAssignments.staffId, staffId), isNull(followUpAssignments.endOn)))
    .orderBy(asc(participants.pseudonym));
}
