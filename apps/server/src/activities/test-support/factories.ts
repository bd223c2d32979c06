import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { activities, activitySessions } from '../../db/schema.js';
import { makeOrganisation } from '../../test-support/factories.js';

export type ActivityInsert = typeof activities.$inferInsert;
export type SessionInsert = typeof activitySessions.$inferInsert;

/** An activity (of a new partner organisation unless one is given). */
export async function makeActivity(db: Db, overrides: Partial<ActivityInsert> = {}) {
  const organisationId = overrides.organisationId ?? (await makeOrganisation(db)).id;
  const [row] = await db
    .insert(activities)
    .values({
      title: `Atelier ${randomUUID().slice(0, 6)}`,
      kind: 'workshop',
      description: 'Un atelier pour essayer, à plusieurs.',
      ...overrides,
      organisationId,
    })
    .returning();
  if (!row) throw new Error('no activity');
  return row;
}

/** A session of the activity (built when none is given), tomorrow 10:00–12:00 UTC by default. */
export async function makeSession(db: Db, overrides: Partial<SessionInsert> = {}) {
  const activityId = overrides.activityId ?? (await makeActivity(db)).id;
  const [row] = await db
    .insert(activitySessions)
    .values({
      startsAt: '2026-03-16T10:00:00.000Z',
      endsAt: '2026-03-16T12:00:00.000Z',
      capacity: 10,
      ...overrides,
      activityId,
    })
    .returning();
  if (!row) throw new Error('no session');
  return row;
}
