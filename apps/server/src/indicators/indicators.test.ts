import type { IndicatorsResponse, MaskedFigures } from '@territoires/contracts';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, type Viewer, type World } from '../test-support/world.js';
import { NOT_RECORDED } from './definitions.js';
import { flatten, SMALL_CELL } from './suppression.js';
import { bruteForce, type RawData } from './test-support/brute-force.js';
import { datasetArb, rowsOf, writeDataset } from './test-support/dataset.js';

const ctx = useTestApp();
let world: World;
let data: RawData;
const clients = new Map<Viewer, Client>();
const PERIOD = { from: '2020-11-01', to: '2023-10-31' };

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  const orgs = [world.following, world.partner];
  // A dataset large enough for cells of every size: about sixty people, most of them followed.
  const [stories] = fc.sample(fc.array(datasetArb, { minLength: 4, maxLength: 4 }), {
    numRuns: 1,
    seed: 7,
  });
  data = rowsOf((stories ?? []).flat(), orgs, world.staff.referent.staffId);
  await writeDataset(ctx.database.db, data, world.staff.referent.staffId);
  for (const viewer of ['coordination', 'coordinator', 'evaluator', 'funder', 'org_admin'] as const)
    clients.set(viewer, await loginAs(ctx.app, world.staff[viewer]));
});

async function indicators(viewer: Viewer, query: Record<string, string> = PERIOD) {
  const client = clients.get(viewer);
  if (!client) throw new Error(`no client for ${viewer}`);
  const url = `/api/indicators?${new URLSearchParams(query).toString()}`;
  return client.request({ method: 'GET', url });
}

const counts = (figures: MaskedFigures) =>
  Object.entries(flatten(figures)).filter(([path]) => !path.endsWith('Days'));

describe('GET /api/indicators', () => {
  it('coordination: every figure and breakdown as the brute-force recomputation, unmasked', async () => {
    const res = await indicators('coordination');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<IndicatorsResponse>();
    expect(body.masked).toBe(false);
    expect(body.figures).toEqual(bruteForce(data, PERIOD).get('all'));
    const territory = body.breakdowns.find((b) => b.dimension === 'territory');
    const expected = bruteForce(data, PERIOD, 'territory');
    expect(Object.fromEntries(territory?.rows.map((r) => [r.key, r.figures]) ?? [])).toEqual(
      Object.fromEntries(expected),
    );
    const sex = body.breakdowns.find((b) => b.dimension === 'sex');
    expect(sex?.rows.map((r) => r.key)).toContain(NOT_RECORDED);
    const organisation = body.breakdowns.find((b) => b.dimension === 'organisation');
    expect(organisation?.rows.every((r) => r.label !== null)).toBe(true);
    expect(body.breakdowns.map((b) => b.dimension)).toContain('referent');
    expect(body.programme).toMatchObject({ engagedTarget: 500, dynamicExitsTarget: 300 });
  });

  it.each(['evaluator', 'funder'] as const)(
    '%s: aggregates only, no count from 1 to 4 anywhere, no référent breakdown',
    async (viewer) => {
      const res = await indicators(viewer);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<IndicatorsResponse>();
      expect(body.masked).toBe(true);
      expect(body.breakdowns.map((b) => b.dimension)).not.toContain('referent');
      const all = [body.figures, ...body.breakdowns.flatMap((b) => b.rows.map((r) => r.figures))];
      for (const figures of all)
        for (const [path, value] of counts(figures))
          expect(value === null || value === 0 || value >= SMALL_CELL, path).toBe(true);
      // Something was masked, and what is shown is what coordination reads.
      const open = (await indicators('coordination')).json<IndicatorsResponse>();
      expect(JSON.stringify(body)).toContain('null');
      const shown = flatten(body.figures);
      for (const [path, value] of Object.entries(flatten(open.figures)))
        if (shown[path] !== null) expect(shown[path], path).toBe(value);
    },
  );

  it("an organisation's coordinator: their own participants only, unmasked", async () => {
    const res = await indicators('coordinator');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<IndicatorsResponse>();
    expect(body.masked).toBe(false);
    expect(body.figures).toEqual(
      bruteForce(data, { ...PERIOD, within: [world.following] }).get('all'),
    );
    const own = await indicators('coordinator', { ...PERIOD, organisation: world.following });
    expect(own.json<IndicatorsResponse>().figures).toEqual(body.figures);
    const other = await indicators('coordinator', { ...PERIOD, organisation: world.partner });
    expect(other.statusCode).toBe(403);
  });

  it('filters on a territory', async () => {
    const query = { ...PERIOD, territory: 'rural_vallees_orne_odon' };
    const res = await indicators('coordination', query);
    expect(res.json<IndicatorsResponse>().figures).toEqual(
      bruteForce(data, { ...PERIOD, territory: 'rural_vallees_orne_odon' }).get('all'),
    );
  });

  it('a period that ends before it starts: 400 indicators.bad_period', async () => {
    const res = await indicators('coordination', { from: '2022-01-01', to: '2021-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'indicators.bad_period' } });
    const bad = await indicators('coordination', { from: '2022-01-01', to: 'demain' });
    expect(bad.statusCode).toBe(400);
  });
});
