import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { activities, activitySessions } from '../db/schema.js';

/** What another domain needs of one session to decide about it (badges' claim codes); undefined when none. */
export async function sessionFacts(db: Db | Tx, sessionId: string) {
  const [row] = await db
    .select({
      id: activitySessions.id,
      organisationId: activities.organisationId,
      activityTitle: activities.title,
      startsAt: activitySessions.startsAt,
      endsAt: activitySessions.endsAt,
      cancelledAt: activitySessions.cancelledAt,
    })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(eq(activitySessions.id, sessionId));
  return row;
}
