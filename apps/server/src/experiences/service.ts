import type {
  CreateExperienceBody,
  Experience,
  ExperienceSource,
  UpdateExperienceBody,
} from '@territoires/contracts';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Principal } from '../auth/principal.js';
import { staffIdOf } from '../auth/principal.js';
import type { Tx } from '../db/database.js';
import {
  activities,
  activitySessions,
  attendances,
  experiences,
  organisations,
} from '../db/schema.js';
import { ConflictError, RuleViolationError, StaleVersionError } from '../errors/index.js';
import { recordParticipantEvent } from '../participants/index.js';
import type { Services } from '../services.js';
import { requireAccess, requireRecordAccess } from './access.js';
import { experienceOwner, loadExperience, loadExperiences } from './repository.js';
import { parisDay } from '../time/index.js';

export async function listExperiences(
  services: Services,
  who: Principal,
  participantId: string,
): Promise<Experience[]> {
  const { db } = services.database;
  await requireAccess(db, who, participantId);
  return loadExperiences(db, participantId);
}

/** The participant's attendances, newest first, with the partner's name unless it is sensitive. */
export async function experienceSources(
  services: Services,
  who: Principal,
  participantId: string,
): Promise<ExperienceSource[]> {
  const { db } = services.database;
  await requireAccess(db, who, participantId);
  const rows = await db
    .select({
      attendanceId: attendances.id,
      activityTitle: activities.title,
      startsAt: activitySessions.startsAt,
      organisationName: organisations.name,
      sensitiveName: organisations.sensitiveName,
      recorded: sql<boolean>`exists (select 1 from ${experiences} where ${experiences.attendanceId} = ${attendances.id})`,
    })
    .from(attendances)
    .innerJoin(activitySessions, eq(activitySessions.id, attendances.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(eq(attendances.participantId, participantId))
    .orderBy(desc(activitySessions.startsAt))
    .limit(100);
  return rows.map((r) => ({
    attendanceId: r.attendanceId,
    activityTitle: r.activityTitle,
    on: parisDay(new Date(r.startsAt)),
    organisationName: r.sensitiveName ? null : r.organisationName,
    recorded: r.recorded,
  }));
}

/** What an attendance prefills: the activity's title, the session's day, the partner's name. */
async function fromAttendance(tx: Tx, participantId: string, attendanceId: string) {
  const [row] = await tx
    .select({
      title: activities.title,
      startsAt: activitySessions.startsAt,
      organisationName: organisations.name,
      sensitiveName: organisations.sensitiveName,
    })
    .from(attendances)
    .innerJoin(activitySessions, eq(activitySessions.id, attendances.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(and(eq(attendances.id, attendanceId), eq(attendances.participantId, participantId)));
  if (!row)
    throw new RuleViolationError(
      'experience.unknown_attendance',
      'This attendance is not one of the participant’s.',
      undefined,
      [{ path: 'attendanceId', code: 'experience.unknown_attendance', message: 'Unknown.' }],
    );
  const [already] = await tx
    .select({ id: experiences.id })
    .from(experiences)
    .where(eq(experiences.attendanceId, attendanceId));
  if (already)
    throw new ConflictError(
      'experience.already_recorded',
      'An experience was already recorded for this attendance.',
      { experienceId: already.id },
    );
  return {
    title: row.title,
    occurredOn: parisDay(new Date(row.startsAt)),
    organisationName: row.sensitiveName ? null : row.organisationName,
  };
}

export async function createExperience(
  services: Services,
  who: Principal,
  participantId: string,
  body: CreateExperienceBody,
): Promise<Experience> {
  const now = services.clock();
  const staffId = staffIdOf(who);
  const id = await services.database.db.transaction(async (tx) => {
    await requireAccess(tx, who, participantId);
    const prefill = body.attendanceId
      ? await fromAttendance(tx, participantId, body.attendanceId)
      : null;
    const values = {
      participantId,
      kind: body.kind,
      // The schema requires title and date without an attendance.
      title: body.title ?? prefill?.title ?? '',
      occurredOn: body.occurredOn ?? prefill?.occurredOn ?? parisDay(now),
      words: body.words || null,
      attendanceId: body.attendanceId ?? null,
      organisationName: prefill?.organisationName ?? null,
      createdByStaffId: staffId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const [row] = await tx.insert(experiences).values(values).returning({ id: experiences.id });
    if (!row) throw new Error('insert returned nothing');
    // The timeline says that something was lived, not the participant's words.
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: staffId,
        kind: 'experience_recorded',
        data: { experienceId: row.id, kind: body.kind, title: values.title, by: who.kind },
        audit: {
          action: 'experience.create',
          entityType: 'experience',
          entityId: row.id,
          after: { ...values, by: who.kind },
        },
      },
      now,
    );
    return row.id;
  });
  return loadExperience(services.database.db, id);
}

const EDITABLE = ['kind', 'title', 'occurredOn', 'words'] as const;

/** Edits by the follow-up team or the participant; the version guards against lost updates. */
export async function updateExperience(
  services: Services,
  who: Principal,
  id: string,
  body: UpdateExperienceBody,
): Promise<Experience> {
  const now = services.clock();
  const staffId = staffIdOf(who);
  await services.database.db.transaction(async (tx) => {
    const participantId = await experienceOwner(tx, id);
    await requireRecordAccess(tx, who, participantId, 'Experience');
    const [current] = await tx
      .select()
      .from(experiences)
      .where(eq(experiences.id, id))
      .for('update');
    if (!current) throw new Error('experience vanished');
    if (current.version !== body.version)
      throw new StaleVersionError(body.version, current.version);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of EDITABLE) {
      const value = key === 'words' && body.words === '' ? null : body[key];
      if (value === undefined || value === current[key]) continue;
      before[key] = current[key];
      after[key] = value;
    }
    if (Object.keys(after).length === 0) return;
    await tx
      .update(experiences)
      .set({ ...after, version: current.version + 1, updatedAt: now.toISOString() })
      .where(eq(experiences.id, id));
    await recordParticipantEvent(
      tx,
      {
        participantId,
        actorId: staffId,
        kind: 'experience_updated',
        data: { experienceId: id, fields: Object.keys(after), by: who.kind },
        audit: {
          action: 'experience.update',
          entityType: 'experience',
          entityId: id,
          before,
          after,
        },
      },
      now,
    );
  });
  return loadExperience(services.database.db, id);
}
