import type {
  createSeriesBodySchema,
  createSessionBodySchema,
  SessionWriteResult,
} from '@territoires/contracts';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { activitySeries, activitySessions } from '../db/schema.js';
import { RuleViolationError, ValidationError } from '../errors/index.js';
import type { Services } from '../services.js';
import { checkFacilitator, facilitatorOverlaps } from './overlaps.js';
import { requireManage } from './policy.js';
import { loadActivity, presentSession, type ActivityWithOrg } from './repository.js';
import { addDays, parisToUtc, plusMinutes, weeklyDates, withoutHolidays } from '../time/index.js';

type SessionBody = z.output<typeof createSessionBodySchema>;
type SeriesBody = z.output<typeof createSeriesBodySchema>;

/** A series may span a year at most: a slip in the last date should not create 5,000 sessions. */
const MAX_SERIES_DAYS = 366;

const fieldError = (
  code:
    | 'session.end_before_start'
    | 'series.last_before_first'
    | 'series.too_long'
    | 'series.no_sessions'
    | 'series.only_holidays',
  path: string,
  message: string,
) => new ValidationError(code, message, undefined, [{ path, code: 'custom', message }]);

/** The activity, checked for management and still live (no new sessions on an archived one). */
export async function manageableActivity(
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
  skipped: SessionWriteResult['skipped'] = [],
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
        ...(skipped.length > 0 && { skippedHolidays: skipped.map((s) => s.date) }),
      },
    },
    now,
  );
  return {
    seriesId,
    sessions: rows.map((row) => presentSession({ row, facilitatorName }, true)),
    warnings,
    skipped,
  };
}

export function slotOf(date: string, startTime: string, endTime: string): Slot {
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
  const weekly = weeklyDates(body.weekday, body.firstOn, body.lastOn);
  if (weekly.length === 0)
    throw fieldError('series.no_sessions', 'weekday', 'No such weekday between these dates.');
  const { kept: dates, skipped } = body.skipHolidays
    ? withoutHolidays(weekly)
    : { kept: weekly, skipped: [] };
  if (dates.length === 0)
    throw fieldError('series.only_holidays', 'skipHolidays', 'Every date is a public holiday.');
  // Wall-clock start in Paris each week; the end is start + duration, so a DST night does not stretch it.
  const slots = dates.map((date) => {
    const startsAt = parisToUtc(date, body.startTime);
    return { startsAt, endsAt: plusMinutes(startsAt, body.durationMinutes) };
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
    return insertSessions(tx, actor, activity, slots, body, series.id, now, skipped);
  });
}
