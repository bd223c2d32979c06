import type {
  CreateReflectionBody,
  ParticipantPart,
  Reflection,
  UpdateReflectionBody,
} from '@territoires/contracts';
import { REFLECTION_FIELDS } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { Principal } from '../auth/principal.js';
import { staffIdOf } from '../auth/principal.js';
import type { Tx } from '../db/database.js';
import { reflections, type PartAuthor } from '../db/schema.js';
import { StaleVersionError } from '../errors/index.js';
import { requireAccess, requireRecordAccess } from '../experiences/index.js';
import { recordParticipantEvent } from '../participants/index.js';
import type { Services } from '../services.js';
import { requireCreatableBy, requireUpdatableBy } from './policy.js';
import {
  checkExperiences,
  checkObjectives,
  loadReflection,
  loadReflections,
  reflectionOwner,
  replaceLinks,
} from './repository.js';
import { parisDay } from '../time/index.js';

export async function listReflections(
  services: Services,
  who: Principal,
  participantId: string,
): Promise<Reflection[]> {
  const { db } = services.database;
  await requireAccess(db, who, participantId);
  return loadReflections(db, who, participantId);
}

export async function getReflection(
  services: Services,
  who: Principal,
  id: string,
): Promise<Reflection> {
  const { db } = services.database;
  await requireRecordAccess(db, who, await reflectionOwner(db, id), 'Reflection');
  return loadReflection(db, who, id);
}

type PartRow = Partial<Record<(typeof REFLECTION_FIELDS)[number], string | null>>;

/** The fields of the participant's part that change, each signed by who wrote it. */
function partChanges(
  part: ParticipantPart | undefined,
  current: PartRow,
  authors: Record<string, PartAuthor>,
  who: Principal,
  now: Date,
) {
  const values: PartRow = {};
  const signed = { ...authors };
  for (const field of REFLECTION_FIELDS) {
    const given = part?.[field];
    if (given === undefined) continue;
    const value = given === '' ? null : given;
    if (value === (current[field] ?? null)) continue;
    values[field] = value;
    signed[field] = { by: who.kind, staffId: staffIdOf(who), at: now.toISOString() };
  }
  return { values, authors: signed };
}

async function record(
  tx: Tx,
  who: Principal,
  participantId: string,
  entry: {
    kind: 'reflection_recorded' | 'reflection_updated';
    id: string;
    data: Record<string, unknown>;
    before?: unknown;
    after: unknown;
  },
  now: Date,
): Promise<void> {
  await recordParticipantEvent(
    tx,
    {
      participantId,
      actorId: staffIdOf(who),
      kind: entry.kind,
      data: { reflectionId: entry.id, by: who.kind, ...entry.data },
      audit: {
        action: entry.kind === 'reflection_recorded' ? 'reflection.create' : 'reflection.update',
        entityType: 'reflection',
        entityId: entry.id,
        before: entry.before,
        after: entry.after,
      },
    },
    now,
  );
}

/**
 * A reflexivity time, held by the référent with the participant (the whole record), or started by
 * the participant from their phone (their part only, held today).
 */
export async function createReflection(
  services: Services,
  who: Principal,
  participantId: string,
  body: CreateReflectionBody,
): Promise<Reflection> {
  requireCreatableBy(who, body);
  const now = services.clock();
  const id = await services.database.db.transaction(async (tx) => {
    await requireAccess(tx, who, participantId);
    await checkExperiences(tx, participantId, body.experienceIds);
    await checkObjectives(tx, participantId, body.objectiveIds);
    const part = partChanges(body.part, {}, {}, who, now);
    const values = {
      participantId,
      heldOn: body.heldOn,
      ...part.values,
      partAuthors: part.authors,
      comment: body.comment || null,
      badgeTitle: body.badge?.title ?? null,
      badgeReason: body.badge?.reason ?? null,
      badgeStatus: body.badge ? 'proposed' : null,
      createdByStaffId: staffIdOf(who),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const [row] = await tx.insert(reflections).values(values).returning({ id: reflections.id });
    if (!row) throw new Error('insert returned nothing');
    await replaceLinks(tx, row.id, body);
    await record(
      tx,
      who,
      participantId,
      {
        kind: 'reflection_recorded',
        id: row.id,
        data: { heldOn: body.heldOn, badgeProposed: body.badge !== undefined },
        after: { ...values, experienceIds: body.experienceIds, objectiveIds: body.objectiveIds },
      },
      now,
    );
    return row.id;
  });
  return loadReflection(services.database.db, who, id);
}

/** The participant's own start, held today: the web sends it on the first save, with their part. */
export const startMyReflection = (
  services: Services,
  who: Principal & { kind: 'participant' },
  experienceIds: string[],
  part?: ParticipantPart,
): Promise<Reflection> =>
  createReflection(services, who, who.participant.participantId, {
    heldOn: parisDay(services.clock()),
    experienceIds,
    objectiveIds: [],
    ...(part !== undefined && { part }),
  });

/** Both parts for the follow-up team; the participant may change only their own part. */
export async function updateReflection(
  services: Services,
  who: Principal,
  id: string,
  body: UpdateReflectionBody,
): Promise<Reflection> {
  const { part, version, ...staffPart } = body;
  requireUpdatableBy(who, staffPart);
  const now = services.clock();
  await services.database.db.transaction(async (tx) => {
    const participantId = await reflectionOwner(tx, id);
    await requireRecordAccess(tx, who, participantId, 'Reflection');
    const [current] = await tx
      .select()
      .from(reflections)
      .where(eq(reflections.id, id))
      .for('update');
    if (!current) throw new Error('reflection vanished');
    if (current.version !== version) throw new StaleVersionError(version, current.version);
    if (staffPart.experienceIds) await checkExperiences(tx, participantId, staffPart.experienceIds);
    if (staffPart.objectiveIds)
      await checkObjectives(tx, participantId, staffPart.objectiveIds, id);
    const changes = partChanges(part, current, current.partAuthors, who, now);
    const set: Partial<typeof reflections.$inferInsert> = { ...changes.values };
    if (Object.keys(changes.values).length > 0) set.partAuthors = changes.authors;
    if (staffPart.heldOn !== undefined && staffPart.heldOn !== current.heldOn)
      set.heldOn = staffPart.heldOn;
    if (staffPart.comment !== undefined && (staffPart.comment || null) !== current.comment)
      set.comment = staffPart.comment || null;
    // Saving the same proposal again keeps its state (an awarded one stays awarded).
    const badge = staffPart.badge;
    const sameBadge =
      (badge?.title ?? null) === current.badgeTitle &&
      (badge?.reason ?? null) === current.badgeReason;
    if (badge !== undefined && !sameBadge) {
      set.badgeTitle = badge?.title ?? null;
      set.badgeReason = badge?.reason ?? null;
      set.badgeStatus = badge ? 'proposed' : null;
    }
    const linksChanged =
      staffPart.experienceIds !== undefined || staffPart.objectiveIds !== undefined;
    if (Object.keys(set).length === 0 && !linksChanged) return;
    await tx
      .update(reflections)
      .set({ ...set, version: current.version + 1, updatedAt: now.toISOString() })
      .where(eq(reflections.id, id));
    await replaceLinks(tx, id, staffPart);
    const fields = [
      ...Object.keys(set).filter(
        (k) => k !== 'partAuthors' && k !== 'badgeReason' && k !== 'badgeStatus',
      ),
      ...(staffPart.experienceIds ? ['experienceIds'] : []),
      ...(staffPart.objectiveIds ? ['objectiveIds'] : []),
    ];
    const before = Object.fromEntries(
      Object.keys(set).map((k) => [k, current[k as keyof typeof current]]),
    );
    await record(
      tx,
      who,
      participantId,
      {
        kind: 'reflection_updated',
        id,
        data: { fields },
        before,
        after: { ...set, ...(linksChanged ? staffPart : {}) },
      },
      now,
    );
  });
  return loadReflection(services.database.db, who, id);
}
