import type { Author, EvidenceFile, Experience } from '@territoires/contracts';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { evidenceFiles, experiences, staff, type EvidenceFileRow } from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';
import { iso } from '../time/index.js';
import { experienceCan } from './policy.js';

type Executor = Db | Tx;

export const author = (staffDisplayName: string | null, at: string): Author => ({
  by: staffDisplayName === null ? 'participant' : 'staff',
  displayName: staffDisplayName,
  at: iso(at),
});

export const presentFile = (row: EvidenceFileRow): EvidenceFile => ({
  id: row.id,
  kind: row.kind,
  mimeType: row.mimeType,
  size: row.size,
  name: row.name,
  width: row.width,
  height: row.height,
  at: iso(row.createdAt),
});

/** Experiences with their files, newest first; `ids` narrows to some of them. */
export async function loadExperiences(
  db: Executor,
  participantId: string,
  ids?: string[],
): Promise<Experience[]> {
  const where = ids
    ? and(eq(experiences.participantId, participantId), inArray(experiences.id, ids))
    : eq(experiences.participantId, participantId);
  const rows = await db
    .select({ experience: experiences, staffName: staff.displayName })
    .from(experiences)
    .leftJoin(staff, eq(staff.id, experiences.createdByStaffId))
    .where(where)
    .orderBy(desc(experiences.occurredOn), desc(experiences.createdAt));
  if (rows.length === 0) return [];
  const files = await db
    .select()
    .from(evidenceFiles)
    .where(
      inArray(
        evidenceFiles.experienceId,
        rows.map((r) => r.experience.id),
      ),
    )
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id));
  return rows.map(({ experience: e, staffName }) => {
    const own = files.filter((f) => f.experienceId === e.id);
    return {
      id: e.id,
      participantId: e.participantId,
      kind: e.kind,
      title: e.title,
      occurredOn: e.occurredOn,
      words: e.words,
      organisationName: e.organisationName,
      attendanceId: e.attendanceId,
      files: own.map(presentFile),
      createdBy: author(staffName, e.createdAt),
      version: e.version,
      can: experienceCan(own.length),
    };
  });
}

export async function loadExperience(db: Executor, id: string): Promise<Experience> {
  const [experience] = await loadExperiences(db, await experienceOwner(db, id), [id]);
  if (!experience) throw new NotFoundError('Experience');
  return experience;
}

/** The participant an experience belongs to, or 404. */
export async function experienceOwner(db: Executor, id: string): Promise<string> {
  const [row] = await db
    .select({ participantId: experiences.participantId })
    .from(experiences)
    .where(eq(experiences.id, id));
  if (!row) throw new NotFoundError('Experience');
  return row.participantId;
}

/** Of these experiences, the ones that are the participant's (reflexivity times link only those). */
export async function ownExperienceIds(
  db: Executor,
  participantId: string,
  ids: string[],
): Promise<string[]> {
  const rows = await db
    .select({ id: experiences.id })
    .from(experiences)
    .where(and(eq(experiences.participantId, participantId), inArray(experiences.id, ids)));
  return rows.map((r) => r.id);
}
