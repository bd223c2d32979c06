import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { evidenceFiles, experiences } from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';

/**
 * An experience as the evidence of a badge (badges' awards): its title, kind, date, the person's
 * words and the names of its files. Only the participant's own: another's is a missing one.
 */
export async function experienceAsEvidence(db: Db | Tx, participantId: string, id: string) {
  const [experience] = await db
    .select({
      id: experiences.id,
      kind: experiences.kind,
      title: experiences.title,
      occurredOn: experiences.occurredOn,
      words: experiences.words,
    })
    .from(experiences)
    .where(and(eq(experiences.id, id), eq(experiences.participantId, participantId)));
  if (!experience) throw new NotFoundError('Experience');
  const files = await db
    .select({ name: evidenceFiles.name, kind: evidenceFiles.kind })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.experienceId, id))
    .orderBy(asc(evidenceFiles.createdAt));
  return { ...experience, files };
}
