import type { SessionWarning } from '@territoires/contracts';
import { and, eq, gt, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { activities, activitySessions, memberships, staff } from '../db/schema.js';
import { RuleViolationError } from '../errors/index.js';
import { iso } from '../time/index.js';

/** A facilitator is an active staff member of the activity's organisation, or of coordination. */
export async function checkFacilitator(
  tx: Tx,
  facilitatorId: string | null,
  organisationId: string,
): Promise<string | null> {
  if (facilitatorId === null) return null;
  const rows = await tx
    .select({
      name: staff.displayName,
      organisationId: memberships.organisationId,
      role: memberships.role,
    })
    .from(staff)
    .innerJoin(memberships, eq(memberships.staffId, staff.id))
    .where(and(eq(staff.id, facilitatorId), eq(staff.disabled, false)));
  const eligible = rows.find(
    (r) => r.organisationId === organisationId || r.role === 'coordination',
  );
  if (!eligible)
    throw new RuleViolationError(
      'facilitator.not_eligible',
      'The facilitator must be a staff member of this organisation.',
      undefined,
      [
        {
          path: 'facilitatorId',
          code: 'custom',
          message: 'Not a staff member of this organisation.',
        },
      ],
    );
  return eligible.name;
}

/**
 * The facilitator's live sessions that overlap the new slots: a warning, not a refusal (two short
 * workshops in one room can share a facilitator; the person planning decides).
 */
export async function facilitatorOverlaps(
  tx: Tx,
  facilitatorId: string | null,
  slots: { startsAt: Date; endsAt: Date }[],
  exceptSessionId: string | null,
): Promise<SessionWarning[]> {
  if (facilitatorId === null || slots.length === 0) return [];
  const windows: SQL[] = slots.map(
    (s) =>
      and(
        lt(activitySessions.startsAt, s.endsAt.toISOString()),
        gt(activitySessions.endsAt, s.startsAt.toISOString()),
      ) as SQL,
  );
  const rows = await tx
    .select({
      sessionId: activitySessions.id,
      activityId: activitySessions.activityId,
      activityTitle: activities.title,
      startsAt: activitySessions.startsAt,
      endsAt: activitySessions.endsAt,
    })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(
      and(
        eq(activitySessions.facilitatorId, facilitatorId),
        isNull(activitySessions.cancelledAt),
        exceptSessionId ? ne(activitySessions.id, exceptSessionId) : undefined,
        or(...windows),
      ),
    );
  const warnings: SessionWarning[] = [];
  for (const slot of slots) {
    const overlapping = rows
      .filter((r) => new Date(r.startsAt) < slot.endsAt && new Date(r.endsAt) > slot.startsAt)
      .map((r) => ({ ...r, startsAt: iso(r.startsAt), endsAt: iso(r.endsAt) }));
    if (overlapping.length > 0)
      warnings.push({
        code: 'session.facilitator_overlap',
        sessionStartsAt: slot.startsAt.toISOString(),
        overlapping,
      });
  }
  return warnings;
}
