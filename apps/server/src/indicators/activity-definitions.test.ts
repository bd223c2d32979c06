import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { cloneTestDatabase } from '../test-support/database.js';
import { makeOrganisation, makeStaff } from '../test-support/factories.js';
import { attendanceTable, badgeTable, suppressTable, type RawTable } from './activity-figures.js';
import { SMALL_CELL } from './suppression.js';
import {
  activityDrawArb,
  activityRowsOf,
  clearActivity,
  makeAchievements,
  writeActivity,
} from './test-support/activity-dataset.js';
import { attendanceBruteForce, badgesBruteForce } from './test-support/brute-force-activity.js';
import {
  datasetArb,
  rowsOf,
  scopeArb,
  scopeFor,
  turningDays,
  writeDataset,
} from './test-support/dataset.js';
import type { RawActivityData } from './test-support/brute-force-activity.js';
import { parisDay } from '../time/index.js';

let database: Database;
let organisationIds: string[];
let staffId: string;
let issuers: Map<string, string>;

beforeAll(async () => {
  database = await cloneTestDatabase();
  const first = await makeOrganisation(database.db, { kind: 'consortium_member' });
  const second = await makeOrganisation(database.db);
  organisationIds = [first.id, second.id];
  staffId = (await makeStaff(database.db, { organisationId: first.id })).staffId;
  issuers = await makeAchievements(database.db, organisationIds, staffId);
});
afterAll(() => database.close());

/** What the masking promises on a table: no shown count over 1 to 4 people, no lone masked cell. */
function expectMaskedSafely(table: RawTable): void {
  const masked = suppressTable(table);
  for (const column of Object.keys(table.total.counts)) {
    const small = (people: number | undefined) =>
      people !== undefined && people > 0 && people < SMALL_CELL;
    if (small(table.total.people[column])) expect(masked.total[column]).toBeNull();
    else expect(masked.total[column]).toBe(table.total.counts[column]);
    const cells = table.rows.map((row, i) => {
      const shown = masked.rows[i]?.[column];
      if (small(row.cells.people[column])) expect(shown).toBeNull();
      if (shown !== null) expect(shown).toBe(row.cells.counts[column]);
      return shown;
    });
    const hidden = cells.filter((c) => c === null).length;
    const lone = hidden === 1 && masked.total[column] !== null;
    // A lone masked cell stays only when nothing else could go with it.
    if (lone) expect(cells.filter((c) => c !== null).every((c) => c === 0)).toBe(true);
  }
}

/** The days the activity turns on: sessions, offers, acceptances, shares, endorsements. */
const activityDays = (rows: RawActivityData): string[] =>
  [
    ...rows.sessions.map((s) => s.startsAt),
    ...rows.awards.flatMap((w) => [
      w.offeredAt,
      w.acceptedAt,
      w.share?.createdAt,
      w.share?.revokedAt,
      w.endorsement?.decidedAt,
    ]),
  ].flatMap((d) => (d ? [parisDay(d), d.toISOString().slice(0, 10)] : []));

/** A dataset, its activity, and one to three periods that cut both where it matters. */
const scenario = () =>
  fc.tuple(datasetArb, activityDrawArb).chain(([stories, draw]) => {
    const data = rowsOf(stories, organisationIds, staffId);
    const activity = activityRowsOf(draw, data, organisationIds, issuers);
    const days = [...turningDays(data), ...activityDays(activity)];
    return fc.tuple(
      fc.constant(data),
      fc.constant(activity),
      fc.array(scopeArb(days), { minLength: 1, maxLength: 3 }),
    );
  });

describe('indicators: attendance and badges equal their brute-force recomputation', () => {
  it('docs/indicators.md names the queries and has their anchors', () => {
    const docs = readFileSync(new URL('../../../../docs/indicators.md', import.meta.url), 'utf8');
    for (const query of ['attendance', 'badgesByIssuer'])
      expect(docs).toContain(`Query: \`${query}\``);
    for (const anchor of ['attendance', 'badges']) expect(docs).toContain(`<a id="${anchor}"></a>`);
  });

  it(
    'on random datasets and scopes (the SQL against plain TypeScript), masked safely',
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario(), async ([data, activity, drawnScopes]) => {
          await clearActivity(database.db);
          await writeDataset(database.db, data, staffId);
          await writeActivity(database.db, activity, staffId);
          for (const drawn of drawnScopes) {
            const scope = scopeFor(drawn, organisationIds);
            for (const dimension of ['partner', 'thematique'] as const) {
              const table = await attendanceTable(database.db, scope, dimension);
              expect(table).toEqual(attendanceBruteForce(data, activity, scope, dimension));
              expectMaskedSafely(table);
            }
            const badges = await badgeTable(database.db, scope);
            expect(badges).toEqual(badgesBruteForce(data, activity, scope));
            expectMaskedSafely(badges);
          }
        }),
        { numRuns: 100 },
      );
    },
  );
});
