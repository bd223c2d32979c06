import type { AttendanceHistory, AttendanceStatus } from '@territoires/contracts';
import { and, eq, isNull, lte } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { activities, activitySessions, attendances, sessionRegistrations } from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';
import { participantFor, recordParticipantEvent } from '../participants/index.js';
import type { Services } from '../services.js';
import { mayTakeAttendance, requireCorrector } from './policy.js';

/**
 * Changes a mark's status: who marked it, or their organisation's admin. The mark keeps who took it
 * and when; the correction is in the audit log (before and after), on the mark (by whom, when) and,
 * for a participant (not a guest), a line on their timeline. Correcting to present or late is a
 * sign of life: the person came.
 */
export async function correctAttendance(
  services: Services,
  actor: Actor,
  id: string,
  status: AttendanceStatus,
) {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const [mark] = await tx
      .select({
        id: attendances.id,
        status: attendances.status,
        recordedById: attendances.recordedById,
        participantId: attendances.participantId,
        sessionId: activitySessions.id,
        startsAt: activitySessions.startsAt,
        activityTitle: activities.title,
        organisationId: activities.organisationId,
      })
      .from(attendances)
      .innerJoin(activitySessions, eq(activitySessions.id, attendances.sessionId))
      .innerJoin(activities, eq(activities.id, activitySessions.activityId))
      .where(eq(attendances.id, id))
      .for('update');
    // Staff of other organisations do not learn that the mark exists.
    if (!mark || !mayTakeAttendance(actor, mark.organisationId))
      throw new NotFoundError('Attendance');
    requireCorrector(actor, mark);
    await tx
      .update(attendances)
      .set({ status, correctedAt: now.toISOString(), correctedById: actor.staffId })
      .where(eq(attendances.id, id));
    const audit = {
      action: 'attendance.correct',
      entityType: 'attendance',
      entityId: id,
      before: { status: mark.status },
      after: { status },
    };
    if (mark.participantId === null)
      await recordAudit(tx, { actorId: actor.staffId, ...audit }, now);
    else
      await recordParticipantEvent(
        tx,
        {
          participantId: mark.participantId,
          actorId: actor.staffId,
          kind: 'attendance_corrected',
          data: {
            attendanceId: id,
            sessionId: mark.sessionId,
            activityTitle: mark.activityTitle,
            startsAt: new Date(mark.startsAt).toISOString(),
            from: mark.status,
            to: status,
          },
          audit,
          signOfLife: status === 'present' || status === 'late',
        },
        now,
      );
    return { id, status, correctedAt: now.toISOString() };
  });
}

const rateOf = (counts: AttendanceHistory['counts']): number | null => {
  const cameCount = counts.present + counts.late;
  const expected = cameCount + counts.absent;
  return expected === 0 ? null : cameCount / expected;
};

/**
 * The sessions a participant was expected at or came to, up to now, with their marks; the rate
 * counts only marks that say something: an unmarked line or an excused absence weigh nothing.
 */
export async function participantAttendance(
  services: Services,
  actor: Actor,
  participantId: string,
): Promise<AttendanceHistory> {
  const { db } = services.database;
  await participantFor(db, actor, participantId);
  const now = services.clock().toISOString();
  const session = {
    sessionId: activitySessions.id,
    activityTitle: activities.title,
    startsAt: activitySessions.startsAt,
  };
  const registered = await db
    .select(session)
    .from(sessionRegistrations)
    .innerJoin(activitySessions, eq(activitySessions.id, sessionRegistrations.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(
      and(
        eq(sessionRegistrations.participantId, participantId),
        isNull(sessionRegistrations.cancelledAt),
        isNull(activitySessions.cancelledAt),
        lte(activitySessions.startsAt, now),
      ),
    );
  const marked = await db
    .select({ ...session, status: attendances.status })
    .from(attendances)
    .innerJoin(activitySessions, eq(activitySessions.id, attendances.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(eq(attendances.participantId, participantId));
  const bySession = new Map<string, AttendanceHistory['entries'][number]>();
  for (const r of registered)
    bySession.set(r.sessionId, {
      ...r,
      startsAt: new Date(r.startsAt).toISOString(),
      status: null,
    });
  for (const m of marked)
    bySession.set(m.sessionId, { ...m, startsAt: new Date(m.startsAt).toISOString() });
  const entries = [...bySession.values()].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const counts = { present: 0, late: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const e of entries) counts[e.status ?? 'unmarked'] += 1;
  return { entries, counts, rate: rateOf(counts) };
}
