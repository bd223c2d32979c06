import type { Author, Reflection } from '@territoires/contracts';
import { REFLECTION_FIELDS } from '@territoires/contracts';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import {
  reflectionExperiences,
  reflectionObjectives,
  reflections,
  staff,
  type PartAuthor,
} from '../db/schema.js';
import { NotFoundError, RuleViolationError } from '../errors/index.js';
import { ownExperienceIds } from '../experiences/index.js';
import { activeObjectiveIds, objectivesByIds } from '../pathway/index.js';
import { inOrder } from '../db/in-order.js';
import { iso } from '../time/index.js';
import type { Principal } from '../auth/principal.js';
import { canDeleteReflection, type DeletionFacts } from './policy.js';

type Executor = Db | Tx;

type ReflectionRow = typeof reflections.$inferSelect;

/** The experiences and objectives linked to the reflexivity times. */
const linksOf = (db: Executor, reflectionIds: string[]) =>
  inOrder([
    () =>
      db
        .select()
        .from(reflectionExperiences)
        .where(inArray(reflectionExperiences.reflectionId, reflectionIds)),
    () => objectiveLinksOf(db, reflectionIds),
  ]);

/** The objectives linked to the reflexivity times, with their text, in their contract's order. */
async function objectiveLinksOf(db: Executor, reflectionIds: string[]) {
  const linked = await db
    .select()
    .from(reflectionObjectives)
    .where(inArray(reflectionObjectives.reflectionId, reflectionIds));
  if (linked.length === 0) return [];
  const objectives = await objectivesByIds(db, [...new Set(linked.map((l) => l.objectiveId))]);
  return objectives.flatMap((o) =>
    linked
      .filter((l) => l.objectiveId === o.id)
      .map((l) => ({ reflectionId: l.reflectionId, id: o.id, text: o.text })),
  );
}

type Links = Awaited<ReturnType<typeof linksOf>>;

/** The names of the staff who wrote or signed any of the rows. */
async function authorNames(db: Executor, rows: ReflectionRow[]): Promise<Map<string, string>> {
  const staffIds = new Set<string>();
  for (const row of rows) {
    if (row.createdByStaffId) staffIds.add(row.createdByStaffId);
    for (const a of Object.values(row.partAuthors)) if (a.staffId) staffIds.add(a.staffId);
  }
  if (staffIds.size === 0) return new Map();
  const found = await db
    .select({ id: staff.id, name: staff.displayName })
    .from(staff)
    .where(inArray(staff.id, [...staffIds]));
  return new Map(found.map((s) => [s.id, s.name]));
}

/** Who started it and whether anything is written in it (experiences linked do not count). */
export const deletionFacts = (r: ReflectionRow, objectiveCount: number): DeletionFacts => ({
  createdByStaffId: r.createdByStaffId,
  empty:
    REFLECTION_FIELDS.every((field) => r[field] === null) &&
    r.comment === null &&
    r.badgeTitle === null &&
    objectiveCount === 0,
});

function presentReflection(
  who: Principal,
  r: ReflectionRow,
  [links, objectives]: Links,
  names: Map<string, string>,
): Reflection {
  const linked = objectives.filter((o) => o.reflectionId === r.id);
  const authorOf = (a: PartAuthor | undefined): Author | null =>
    a === undefined
      ? null
      : {
          by: a.by,
          displayName: a.staffId ? (names.get(a.staffId) ?? null) : null,
          at: iso(a.at),
        };
  return {
    id: r.id,
    participantId: r.participantId,
    heldOn: r.heldOn,
    experienceIds: links.filter((l) => l.reflectionId === r.id).map((l) => l.experienceId),
    did: r.did,
    learned: r.learned,
    felt: r.felt,
    next: r.next,
    authors: Object.fromEntries(
      REFLECTION_FIELDS.map((field) => [field, authorOf(r.partAuthors[field])]),
    ) as Reflection['authors'],
    comment: r.comment,
    objectives: linked.map(({ id, text }) => ({ id, text })),
    badge:
      r.badgeTitle !== null && r.badgeReason !== null
        ? {
            title: r.badgeTitle,
            reason: r.badgeReason,
            status: r.badgeStatus === 'awarded' ? ('awarded' as const) : ('proposed' as const),
          }
        : null,
    createdBy: {
      by: r.createdByStaffId ? 'staff' : 'participant',
      displayName: r.createdByStaffId ? (names.get(r.createdByStaffId) ?? null) : null,
      at: iso(r.createdAt),
    },
    version: r.version,
    can: { delete: canDeleteReflection(who, deletionFacts(r, linked.length)) },
  };
}

/** Reflexivity times of a participant with their links and authors, newest first, for `who`. */
export async function loadReflections(
  db: Executor,
  who: Principal,
  participantId: string,
  ids?: string[],
): Promise<Reflection[]> {
  const rows = await db
    .select()
    .from(reflections)
    .where(
      ids
        ? and(eq(reflections.participantId, participantId), inArray(reflections.id, ids))
        : eq(reflections.participantId, participantId),
    )
    .orderBy(desc(reflections.heldOn), desc(reflections.createdAt));
  if (rows.length === 0) return [];
  const links = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  const names = await authorNames(db, rows);
  return rows.map((r) => presentReflection(who, r, links, names));
}

export async function reflectionOwner(db: Executor, id: string): Promise<string> {
  const [row] = await db
    .select({ participantId: reflections.participantId })
    .from(reflections)
    .where(eq(reflections.id, id));
  if (!row) throw new NotFoundError('Reflection');
  return row.participantId;
}

export async function loadReflection(
  db: Executor,
  who: Principal,
  id: string,
): Promise<Reflection> {
  const [reflection] = await loadReflections(db, who, await reflectionOwner(db, id), [id]);
  if (!reflection) throw new NotFoundError('Reflection');
  return reflection;
}

const refused = (
  code: 'reflection.unknown_experience' | 'reflection.objective_not_in_contract',
  path: string,
  message: string,
) => new RuleViolationError(code, message, undefined, [{ path, code, message }]);

/** Every experience must be the participant's own. */
export async function checkExperiences(
  tx: Tx,
  participantId: string,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  const found = await ownExperienceIds(tx, participantId, ids);
  if (found.length !== new Set(ids).size)
    throw refused(
      'reflection.unknown_experience',
      'experienceIds',
      'Not an experience of this participant.',
    );
}

/** Every objective must be a current key objective of the participant's active contract. */
/**
 * Objectives newly linked must be of the active contract. Those the reflexivity time already links
 * stay valid as they are (kept or removed) once the contract has ended, after an exit for instance.
 */
export async function checkObjectives(
  tx: Tx,
  participantId: string,
  ids: string[],
  reflectionId?: string,
): Promise<void> {
  const linked =
    reflectionId === undefined
      ? []
      : (
          await tx
            .select({ id: reflectionObjectives.objectiveId })
            .from(reflectionObjectives)
            .where(eq(reflectionObjectives.reflectionId, reflectionId))
        ).map((r) => r.id);
  const added = [...new Set(ids)].filter((id) => !linked.includes(id));
  if (added.length === 0) return;
  const found = await activeObjectiveIds(tx, participantId, added);
  if (found.length !== added.length)
    throw refused(
      'reflection.objective_not_in_contract',
      'objectiveIds',
      'Not a key objective of the participant’s active contract.',
    );
}

export async function replaceLinks(
  tx: Tx,
  reflectionId: string,
  links: { experienceIds?: string[] | undefined; objectiveIds?: string[] | undefined },
): Promise<void> {
  if (links.experienceIds !== undefined) {
    await tx
      .delete(reflectionExperiences)
      .where(eq(reflectionExperiences.reflectionId, reflectionId));
    const unique = [...new Set(links.experienceIds)];
    if (unique.length > 0)
      await tx
        .insert(reflectionExperiences)
        .values(unique.map((experienceId) => ({ reflectionId, experienceId })));
  }
  if (links.objectiveIds !== undefined) {
    await tx
      .delete(reflectionObjectives)
      .where(eq(reflectionObjectives.reflectionId, reflectionId));
    const unique = [...new Set(links.objectiveIds)];
    if (unique.length > 0)
      await tx
        .insert(reflectionObjectives)
        .values(unique.map((objectiveId) => ({ reflectionId, objectiveId })));
  }
}

/** Removes a reflexivity time and its links (the caller checked it may go). */
export async function deleteReflectionRow(tx: Tx, id: string): Promise<void> {
  await tx.delete(reflectionExperiences).where(eq(reflectionExperiences.reflectionId, id));
  await tx.delete(reflectionObjectives).where(eq(reflectionObjectives.reflectionId, id));
  await tx.delete(reflections).where(eq(reflections.id, id));
}
