import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { activities, activitySessions } from '../db/schema.js';

/** The sessions to come a staff member facilitates (a leaver's, to hand over). */
export async function facilitatedBy(db: Db, staffId: string, now: Date) {
  const rows = await db
    .select({
      id: activitySessions.id,
      activityId: activities.id,
      activityTitle: activities.title,
      startsAt: activitySessions.startsAt,
    })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(
      and(
        eq(activitySessions.facilitatorId, staffId),
        gte(activitySessions.startsAt, now.toISOString()),
        isNull(activitySessions.cancelledAt),
      ),
    )
    .orderBy(asc(activitySessions.startsAt))
    .limit(500);
  return rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt).toISOString() }));
}
