import type { IndicatorsResponse } from '@territoires/contracts';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, type Viewer, type World } from '../test-support/world.js';
import { SMALL_CELL } from './suppression.js';
import {
  activityDrawArb,
  activityRowsOf,
  makeAchievements,
  writeActivity,
} from './test-support/activity-dataset.js';
import {
  attendanceBruteForce,
  badgesBruteForce,
  type RawActivityData,
} from './test-support/brute-force-activity.js';
import type { RawData } from './test-support/brute-force.js';
import { datasetArb, rowsOf, writeDataset } from './test-support/dataset.js';

const ctx = useTestApp();
let world: World;
let data: RawData;
let activity: RawActivityData;
const clients = new Map<Viewer, Client>();
const PERIOD = { from: '2020-11-01', to: '2023-10-31' };

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  const orgs = [world.following, world.partner];
  const staffId = world.staff.referent.staffId;
  // About sixty people, and many marks and awards: cells of every size.
  const [stories] = fc.sample(fc.array(datasetArb, { minLength: 4, maxLength: 4 }), {
    numRuns: 1,
    seed: 7,
  });
  data = rowsOf((stories ?? []).flat(), orgs, staffId);
  const draws = fc.sample(activityDrawArb, { numRuns: 6, seed: 11 });
  const draw = {
    activities: draws.flatMap((d) => d.activities),
    sessions: draws.flatMap((d) => d.sessions),
    marks: draws.flatMap((d) => d.marks),
    awards: draws.flatMap((d) => d.awards),
  };
  await writeDataset(ctx.database.db, data, staffId);
  activity = activityRowsOf(
    draw,
    data,
    orgs,
    await makeAchievements(ctx.database.db, orgs, staffId),
  );
  await writeActivity(ctx.database.db, activity, staffId);
  for (const viewer of ['coordination', 'evaluator'] as const)
    clients.set(viewer, await loginAs(ctx.app, world.staff[viewer]));
});

async function indicators(viewer: Viewer): Promise<IndicatorsResponse> {
  const client = clients.get(viewer);
  if (!client) throw new Error(`no client for ${viewer}`);
  const res = await client.request({
    method: 'GET',
    url: `/api/indicators?${new URLSearchParams(PERIOD).toString()}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<IndicatorsResponse>();
}

describe('GET /api/indicators: attendance and badges', () => {
  it('coordination reads them as the brute force, partners and issuers by name', async () => {
    const body = await indicators('coordination');
    const partners = attendanceBruteForce(data, activity, PERIOD, 'partner');
    expect(body.attendance.partners.total).toEqual(partners.total.counts);
    expect(body.attendance.partners.rows.map((r) => r.figures)).toEqual(
      partners.rows.map((r) => r.cells.counts),
    );
    expect(body.attendance.partners.rows.every((r) => r.label !== null)).toBe(true);
    const themes = attendanceBruteForce(data, activity, PERIOD, 'thematique');
    expect(body.attendance.thematiques.rows.map((r) => r.key)).toEqual(
      themes.rows.map((r) => r.key),
    );
    const badges = badgesBruteForce(data, activity, PERIOD);
    expect(body.badges.issuers.total).toEqual(badges.total.counts);
    expect(body.badges.issuers.rows.map((r) => r.figures)).toEqual(
      badges.rows.map((r) => r.cells.counts),
    );
  });

  it('an evaluator: no count from 1 to 4, what is shown is what coordination reads', async () => {
    const body = await indicators('evaluator');
    const open = await indicators('coordination');
    const tables = (r: IndicatorsResponse) => [
      r.attendance.partners,
      r.attendance.thematiques,
      r.badges.issuers,
    ];
    const masked = tables(body);
    expect(open.attendance.partners.total.presences).toBeGreaterThan(0);
    expect(open.badges.issuers.total.accepted).toBeGreaterThan(0);
    expect(JSON.stringify(masked)).toContain('null');
    tables(open).forEach((table, t) => {
      const shown = masked[t];
      [table.total, ...table.rows.map((r) => r.figures)].forEach((figures, i) => {
        const seen = i === 0 ? shown?.total : shown?.rows[i - 1]?.figures;
        for (const [column, value] of Object.entries(figures)) {
          const visible = (seen as Record<string, number | null> | undefined)?.[column];
          expect(visible === null || visible === 0 || (visible ?? 0) >= SMALL_CELL, column).toBe(
            true,
          );
          if (visible !== null) expect(visible).toBe(value);
        }
      });
    });
  });
});
