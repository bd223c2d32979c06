import type { Evidence } from '@territoires/open-badges';
import type { Tx } from '../db/database.js';
import { experienceAsEvidence } from '../experiences/index.js';

/** What an award says of why it was given: the reason, and the experience it recognises. */
export interface AwardGrounds {
  narrative?: string | undefined;
  experienceId?: string | undefined;
  /** The reflexivity time that proposed it (its proposal then reads "awarded"; not in the credential). */
  reflectionId?: string | undefined;
}

/**
 * The credential's OB 3.0 evidence: the experience (title, kind, date, the person's own words, its
 * files by name; the files themselves stay private) with the reason as its narrative, or the reason
 * alone. Null when there is neither.
 */
export async function evidenceFor(
  tx: Tx,
  participantId: string,
  grounds: AwardGrounds,
): Promise<Evidence[] | null> {
  const narrative = grounds.narrative;
  if (grounds.experienceId === undefined)
    return narrative === undefined ? null : [{ type: ['Evidence'], narrative }];
  const experience = await experienceAsEvidence(tx, participantId, grounds.experienceId);
  const main: Evidence = {
    id: `urn:uuid:${experience.id}`,
    type: ['Evidence'],
    name: experience.title,
    genre: experience.kind,
    description:
      experience.words === null
        ? experience.occurredOn
        : `${experience.occurredOn} : ${experience.words}`,
    ...(narrative === undefined ? {} : { narrative }),
  };
  const files: Evidence[] = experience.files.map((file) => ({
    type: ['Evidence'],
    name: file.name,
    genre: file.kind === 'pdf' ? 'Document' : 'Image',
  }));
  return [main, ...files];
}
