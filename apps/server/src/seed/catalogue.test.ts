import { count, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { searchCatalogue, exportCatalogue, validateService } from '../activities/index.js';
import { activities, activitySessions } from '../db/schema.js';
import { TEST_NOW, useTestApp } from '../test-support/app.js';
import { CATALOGUE } from './activities-data.js';
import { seedCatalogue } from './catalogue.js';
import { seedReference } from './reference.js';

const ctx = useTestApp();

describe('demo catalogue', () => {
  it('has ~40 activities with weekly sessions around now, searchable and exportable', async () => {
    const { db } = ctx.database;
    const reference = await seedReference(db, TEST_NOW);
    await seedCatalogue(db, reference, TEST_NOW);
    expect((await db.select({ n: count() }).from(activities))[0]?.n).toBe(CATALOGUE.length);
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
    const sessions = await db
      .select({ n: count() })
      .from(activitySessions)
      .where(isNull(activitySessions.cancelledAt));
    expect(sessions[0]?.n).toBeGreaterThan(CATALOGUE.length * 7);
    const week = await searchCatalogue(
      db,
      { period: 'this_week', limit: 50, offset: 0 },
      TEST_NOW,
      null,
    );
    expect(week.items.length).toBeGreaterThan(30);
    const file = await exportCatalogue(db);
    expect(file.services.filter((s) => !validateService(s))).toEqual([]);
  });
});
