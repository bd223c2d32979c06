import type {
  ActivitySession,
  sessionListQuerySchema,
  SessionWriteResult,
  updateSessionBodySchema,
} from '@territoires/contracts';
import { and, asc, eq, gte, isNull, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import type { Db, Tx } from '../db/database.js';
import { activitySessions, staff } from '../db/schema.js';
import { NotFoundError, RuleViolationError, StaleVersionError } from '../errors/index.js';
import type { Services } from '../services.js';
import { checkFacilitator, facilitatorOverlaps } from './overlaps.js';
import { mayManage, requireManage } from './policy.js';
import { loadActivity, presentActivity, presentSession, sessionColumns } from './repository.js';
import { manageableActivity, slotOf } from './sessions.js';
import { addDays, parisParts, parisToUtc } from '../time/index.js';

type UpdateBody = z.output<typeof updateSessionBodySchema>;

async function loadSession(tx: Tx | Db, id: string, lock = false) {
  const query = tx
    .select(sessionColumns)
    .from(activitySessions)
    .leftJoin(staff, eq(staff.id, activitySessions.facilitatorId))
    .where(eq(activitySessions.id, id));
  const [found] = lock ? await query.for('update', { of: activitySessions }) : await query;
  if (!found) throw new NotFoundError('Session');
  return found;
}

export async function getSession(services: Services, actor: Actor, id: string) {
  const { db } = services.database;
  const session = await loadSession(db, id);
  const activity = await loadActivity(db, session.row.activityId);
  const manages = mayManage(actor, activity.row.organisationId, activity.organisationKind);
  return {
    session: presentSession(session, manages),
    activity: presentActivity(activity, manages, actor),
  };
}

export async function listActivitySessions(
  services: Services,
  actor: Actor,
  activityId: string,
  query: z.output<typeof sessionListQuerySchema>,
): Promise<ActivitySession[]> {
  const { db } = services.database;
  const activity = await loadActivity(db, activityId);
  const manages = mayManage(actor, activity.row.organisationId, activity.organisationKind);
  const rows = await db
    .select(sessionColumns)
    .from(activitySessions)
    .leftJoin(staff, eq(staff.id, activitySessions.facilitatorId))
    .where(
      and(
        eq(activitySessions.activityId, activityId),
        query.from
          ? gte(activitySessions.startsAt, parisToUtc(query.from, '00:00').toISOString())
          : undefined,
        query.to
          ? lt(activitySessions.startsAt, parisToUtc(addDays(query.to, 1), '00:00').toISOString())
          : undefined,
        query.includeCancelled === 'true' ? undefined : isNull(activitySessions.cancelledAt),
      ),
    )
    .orderBy(asc(activitySessions.startsAt))
    .limit(500);
  return rows.map((row) => presentSession(row, manages));
}

/** Moves or edits one session (its series keeps its plan: the session lives its own life). */
export function updateSession(
  services: Services,
  actor: Actor,
  id: string,
  body: UpdateBody,
): Promise<SessionWriteResult> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const found = await loadSession(tx, id, true);
    const activity = await manageableActivity(tx, actor, found.row.activityId);
    const { row } = found;
    if (row.version !== body.version) throw new StaleVersionError(body.version, row.version);
    if (row.cancelledAt !== null)
      throw new RuleViolationError('session.cancelled', 'This session is cancelled.');
    // Lowering the capacity never strands people already registered: they cancel, or it stays.
    if (body.capacity !== undefined && body.capacity < row.registeredCount)
      throw new RuleViolationError(
        'session.capacity_below_registrations',
        'The capacity cannot go below the live registrations.',
      );
    const start = parisParts(new Date(row.startsAt));
    const end = parisParts(new Date(row.endsAt));
    const slot = slotOf(
      body.date ?? start.date,
      body.startTime ?? start.time,
      body.endTime ?? end.time,
    );
    const facilitatorId = body.facilitatorId === undefined ? row.facilitatorId : body.facilitatorId;
    const facilitatorName = await checkFacilitator(tx, facilitatorId, activity.row.organisationId);
    const warnings = await facilitatorOverlaps(tx, facilitatorId, [slot], id);
    const set = {
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      capacity: body.capacity ?? row.capacity,
      place: body.place === undefined ? row.place : body.place,
      facilitatorId,
      version: row.version + 1,
    };
    const [updated] = await tx
      .update(activitySessions)
      .set(set)
      .where(eq(activitySessions.id, id))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'session.update',
        entityType: 'session',
        entityId: id,
        before: row,
        after: set,
      },
      now,
    );
    return {
      seriesId: row.seriesId,
      sessions: [presentSession({ row: updated, facilitatorName }, true)],
      warnings,
      skipped: [],
    };
  });
}

export function cancelSession(
  services: Services,
  actor: Actor,
  id: string,
  version: number,
): Promise<ActivitySession> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const found = await loadSession(tx, id, true);
    const activity = await loadActivity(tx, found.row.activityId);
    requireManage(actor, activity.row.organisationId, activity.organisationKind);
    if (found.row.version !== version) throw new StaleVersionError(version, found.row.version);
    if (found.row.cancelledAt !== null)
      throw new RuleViolationError('session.cancelled', 'This session is already cancelled.');
    const [updated] = await tx
      .update(activitySessions)
      .set({ cancelledAt: now.toISOString(), version: version + 1 })
      .where(eq(activitySessions.id, id))
      .returning();
    if (!updated) throw new Error('update returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'session.cancel',
        entityType: 'session',
        entityId: id,
        before: { cancelledAt: null },
        after: { cancelledAt: now.toISOString() },
      },
      now,
    );
    return presentSession({ row: updated, facilitatorName: found.facilitatorName }, true);
  });
}
