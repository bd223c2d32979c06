import { contractDeadline } from '@territoires/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { contracts, exits, participants, timelineEvents } from '../db/schema.js';
import { TEST_NOW } from '../test-support/app.js';
import { cloneTestDatabase } from '../test-support/database.js';
import { writeCrowd } from './bulk-history.js';
import { seededRandom } from './random.js';
import { seedReference } from './reference.js';

let database: Database;

beforeAll(async () => {
  database = await cloneTestDatabase();
  const reference = await seedReference(database.db, TEST_NOW);
  // Its speed is the seed bench's to measure, not a timed test's (the machine is shared).
  await writeCrowd(database.db, reference, seededRandom(1), '2026-03-15', 150, 350);
}, 120_000);
afterAll(() => database.close());

describe('the demo crowd, written in bulk', () => {
  it('leaves the rows the services would: phases, numbered contracts, deadlines, versions', async () => {
    const { db } = database;
    const people = await db.select().from(participants);
    const allContracts = await db.select().from(contracts);
    const allExits = await db.select().from(exits);
    const events = await db.select().from(timelineEvents);
    expect(people).toHaveLength(350);
    expect(new Set(people.map((p) => p.territory)).size).toBeGreaterThan(10);
    for (const person of people) {
      const own = allContracts
        .filter((c) => c.participantId === person.id)
        .sort((a, b) => a.number - b.number);
      expect(own.map((c) => c.number)).toEqual(own.map((_, i) => i + 1));
      const active = own.filter((c) => c.status === 'active');
      expect(active.length).toBeLessThanOrEqual(1);
      const last = own.at(-1);
      if (active[0]) {
        expect(active[0]).toBe(last);
        expect(['accompaniment', 'insertion']).toContain(person.phase);
        expect(person.contractDeadlineOn).toBe(contractDeadline(active[0].signedOn));
      } else {
        expect(person.phase).toBe(own.length === 0 ? 'discovery' : 'exit');
        expect(person.contractDeadlineOn).toBeNull();
      }
      for (const contract of own.filter((c) => c.status === 'ended')) {
        const exit = allExits.find((e) => e.contractId === contract.id);
        expect(exit && exit.exitOn >= contract.signedOn && exit.exitOn < '2026-03-15').toBe(true);
      }
      expect(person.version).toBe(events.filter((e) => e.participantId === person.id).length);
    }
  });
});
