import type {
  ActivitySession,
  createSeriesBodySchema,
  createSessionBodySchema,
  sessionListQuerySchema,
  SessionWriteResult,
  updateSessionBodySchema,
} from '@territoires/contracts';
import { and, asc, eq, gte, isNull, lt } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { activitySeries, activitySessions, staff } from '../db/schema.js';
import {
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
} from '../errors/index.js';
import type { Services } from '../services.js';
import { mayManage, requireManage } from './policy.js';
import { addDays, parisParts, parisToUtc, weeklyDates } from './paris-time.js';
import {
  loadActivity,
  presentActivity,
  presentSession,
  sessionColumns,
  type ActivityWithOrg,
} from './repository.js';
import { checkFacilitator, facilitatorOverlaps } from './overlaps.js';

type SessionBody = z.output<typeof createSessionBodySchema>;
type SeriesBody = z.output<typeof createSeriesBodySchema>;
type UpdateBody = z.output<typeof updateSessionBodySchema>;

/** A series may span a year at most: a slip in the last date should not create 5,000 sessions. */
const MAX_SERIES_DAYS = 366;

const fieldError = (
  code:
    | 'session.end_before_start'
    | 'series.last_before_first'
    | 'series.too_long'
    | 'series.no_sessions',
  path: string,
  message: string,
) => new ValidationError(code, message, undefined, [{ path, code: 'custom', message }]);

/** The activity, checked for management and still live (no new sessions on an archived one). */
async function manageableActivity(
  tx: Tx,
  actor: Actor,
  activityId: string,
): Promise<ActivityWithOrg> {
  const found = await loadActivity(tx, activityId);
  requireManage(actor, found.row.organisationId, found.organisationKind);
  if (found.row.archivedAt !== null)
    throw new RuleViolationError('activity.archived', 'This activity is archived.');
  return found;
}

interface Slot {
  startsAt: Date;
  endsAt: Date;
}

async function insertSessions(
  tx: Tx,
  actor: Actor,
  activity: ActivityWithOrg,
  slots: Slot[],
  plan: {
    capacity: number;
    place?: string | null | undefined;
    facilitatorId?: string | null | undefined;
  },
  seriesId: string | null,
  now: Date,
): Promise<SessionWriteResult> {
  const facilitatorId = plan.facilitatorId ?? null;
  const facilitatorName = await checkFacilitator(tx, facilitatorId, activity.row.organisationId);
  const warnings = await facilitatorOverlaps(tx, facilitatorId, slots, null);
  const rows = await tx
    .insert(activitySessions)
    .values(
      slots.map((slot) => ({
        activityId: activity.row.id,
        seriesId,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        place: plan.place ?? activity.row.address,
        capacity: plan.capacity,
        facilitatorId,
        createdAt: now.toISOString(),
      })),
    )
    .returning();
  await recordAudit(
    tx,
    {
      actorId: actor.staffId,
      action: seriesId ? 'series.create' : 'session.create',
      entityType: seriesId ? 'series' : 'session',
      entityId: seriesId ?? rows[0]?.id ?? '',
      after: {
        activityId: activity.row.id,
        sessions: rows.length,
        capacity: plan.capacity,
        facilitatorId,
      },
    },
    now,
  );
  return {
    seriesId,
    sessions: rows.map((row) => presentSession({ row, facilitatorName })),
    warnings,
  };
}

function slotOf(date: string, startTime: string, endTime: string): Slot {
  const startsAt = parisToUtc(date, startTime);
  const endsAt = parisToUtc(date, endTime);
  if (endsAt <= startsAt)
    throw fieldError(
      'session.end_before_start',
      'endTime',
      'The session must end after it starts.',
    );
  return { startsAt, endsAt };
}

export function createSession(
  services: Services,
  actor: Actor,
  activityId: string,
  body: SessionBody,
): Promise<SessionWriteResult> {
  const now = services.clock();
  const slot = slotOf(body.date, body.startTime, body.endTime);
  return services.database.db.transaction(async (tx) => {
    const activity = await manageableActivity(tx, actor, activityId);
    return insertSessions(tx, actor, activity, [slot], body, null, now);
  });
}

export function createSeries(
  services: Services,
  actor: Actor,
  activityId: string,
  body: SeriesBody,
): Promise<SessionWriteResult> {
  const now = services.clock();
  if (body.lastOn < body.firstOn)
    throw fieldError(
      'series.last_before_first',
      'lastOn',
      'The last date is before the first one.',
    );
  if (body.lastOn > addDays(body.firstOn, MAX_SERIES_DAYS))
    throw fieldError('series.too_long', 'lastOn', 'A series spans one year at most.');
  const dates = weeklyDates(body.weekday, body.firstOn, body.lastOn);
  if (dates.length === 0)
    throw fieldError('series.no_sessions', 'weekday', 'No such weekday between these dates.');
  // Wall-clock start in Paris each week; the end is start + duration, so a DST night does not stretch it.
  const slots = dates.map((date) => {
    const startsAt = parisToUtc(date, body.startTime);
    return { startsAt, endsAt: new Date(startsAt.getTime() + body.durationMinutes * 60_000) };
  });
  return services.database.db.transaction(async (tx) => {
    const activity = await manageableActivity(tx, actor, activityId);
    const [series] = await tx
      .insert(activitySeries)
      .values({
        activityId,
        weekday: body.weekday,
        startTime: body.startTime,
        durationMinutes: body.durationMinutes,
        firstOn: body.firstOn,
        lastOn: body.lastOn,
        capacity: body.capacity,
        facilitatorId: body.facilitatorId ?? null,
        place: body.place ?? null,
        createdAt: now.toISOString(),
      })
      .returning({ id: activitySeries.id });
    if (!series) throw new Error('insert returned nothing');
    return insertSessions(tx, actor, activity, slots, body, series.id, now);
  });
}

async function loadSession(tx: Tx | Services['database']['db'], id: string, lock = false) {
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
  return {
    session: presentSession(session),
    activity: presentActivity(
      activity,
      mayManage(actor, activity.row.organisationId, activity.organisationKind),
    ),
  };
}

export async function listActivitySessions(
  services: Services,
  activityId: string,
  query: z.output<typeof sessionListQuerySchema>,
): Promise<ActivitySession[]> {
  const { db } = services.database;
  await loadActivity(db, activityId);
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
  return rows.map(presentSession);
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
      sessions: [presentSession({ row: updated, facilitatorName })],
      warnings,
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
      { actorId: actor.staffId, action: 'session.cancel', entityType: 'session', entityId: id },
      now,
    );
    return presentSession({ row: updated, facilitatorName: found.facilitatorName });
  });
}
