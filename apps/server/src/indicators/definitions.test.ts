import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { cloneTestDatabase } from '../test-support/database.js';
import { makeOrganisation, makeStaff } from '../test-support/factories.js';
import { DIMENSIONS, type Dimension } from './definitions.js';
import { emptyFigures, figuresBy, indicatorsReport } from './figures.js';
import { DEFAULT_PROGRAMME } from './programme.js';
import { progressSeries } from './progress.js';
import { addMonths } from '@territoires/contracts';
import { addDays } from '../time/index.js';
import { bruteForce, median } from './test-support/brute-force.js';
import {
  datasetArb,
  rowsOf,
  scenarioArb,
  scopeArb,
  scopeFor,
  writeDataset,
} from './test-support/dataset.js';

let database: Database;
let organisationIds: string[];
let staffId: string;

beforeAll(async () => {
  database = await cloneTestDatabase();
  const first = await makeOrganisation(database.db, { kind: 'consortium_member' });
  const second = await makeOrganisation(database.db);
  organisationIds = [first.id, second.id];
  staffId = (await makeStaff(database.db, { organisationId: first.id })).staffId;
});
afterAll(() => database.close());

const sorted = <T>(map: Map<string, T>) =>
  Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));

describe('indicators: every figure equals its brute-force recomputation', () => {
  it('docs/indicators.md names every query and has an anchor for every figure', () => {
    const docs = readFileSync(
      new URL('../../../../docs/indicators.md', import.meta.url),
      'utf8',
    ).replace(/\s+/g, ' ');
    const queries = [
      'entries',
      'discovery',
      'exitsByCategory',
      'dynamicExits',
      'compliance',
      'activePastFifteenMonths',
      'contactToContract',
      'contractToExit',
      'funnel',
      'firstEntries',
    ];
    for (const query of queries) expect(docs).toContain(`Query: \`${query}\``);
    const anchors = ['period', 'programme', 'entries', 'engaged', 'discovery', 'exits'];
    anchors.push('dynamic-exits', 'compliance', 'active-past-15-months', 'durations');
    anchors.push('funnel', 'months', 'masking');
    for (const anchor of anchors) expect(docs).toContain(`<a id="${anchor}"></a>`);
  });

  it('the median interpolates like percentile_cont(0.5)', () => {
    expect(median([])).toBeNull();
    expect(median([3])).toBe(3);
    expect(median([4, 1])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  it(
    'on random datasets, scopes and breakdowns (the SQL against plain TypeScript)',
    { timeout: 60_000 },
    async () => {
      const dimensions = Object.keys(DIMENSIONS) as Dimension[];
      await fc.assert(
        fc.asyncProperty(
          scenarioArb(organisationIds, staffId),
          fc.option(fc.constantFrom(...dimensions), { nil: undefined }),
          async ([data, drawnScopes], dimension) => {
            await writeDataset(database.db, data, staffId);
            for (const drawn of drawnScopes) {
              const scope = scopeFor(drawn, organisationIds);
              const expected = sorted(bruteForce(data, scope, dimension));
              expect(sorted(await figuresBy(database.db, scope, dimension))).toEqual(expected);
            }
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it('the report: the programme so far counts from its start to the period end', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, scopeArb(), async (stories, drawn) => {
        const data = rowsOf(stories, organisationIds, staffId);
        await writeDataset(database.db, data, staffId);
        const scope = scopeFor(drawn, organisationIds);
        const report = await indicatorsReport(database.db, scope, DEFAULT_PROGRAMME);
        const since = bruteForce(data, { ...scope, from: DEFAULT_PROGRAMME.start }).get('all');
        expect(report.engaged).toBe(since?.entries ?? 0);
        expect(report.programme).toEqual({
          start: '2020-11-01',
          months: 36,
          end: '2023-10-31',
          engaged: since?.entries ?? 0,
          engagedTarget: 500,
          dynamicExits: since?.dynamicExits ?? 0,
          dynamicExitsTarget: 300,
        });
        const {
          from,
          to,
          territory,
          organisation,
          engaged: _e,
          programme: _p,
          ...figures
        } = report;
        expect({ from, to, territory, organisation }).toEqual({
          from: scope.from,
          to: scope.to,
          territory: scope.territory ?? null,
          organisation: scope.organisationId ?? null,
        });
        expect(figures).toEqual(bruteForce(data, scope).get('all') ?? emptyFigures());
        // Month by month: each point is "engaged" and "dynamic exits" from the start to its end.
        const series = await progressSeries(database.db, scope, DEFAULT_PROGRAMME);
        for (const point of series) {
          const monthEnd = addDays(addMonths(`${point.month}-01`, 1), -1);
          const end = monthEnd < scope.to ? monthEnd : scope.to;
          const upTo = bruteForce(data, { ...scope, from: DEFAULT_PROGRAMME.start, to: end });
          expect(point.engaged, point.month).toBe(upTo.get('all')?.entries ?? 0);
          expect(point.dynamicExits, point.month).toBe(upTo.get('all')?.dynamicExits ?? 0);
        }
        if (scope.to >= DEFAULT_PROGRAMME.start)
          expect(series.at(-1)?.engaged).toBe(report.engaged);
      }),
      { numRuns: 20 },
    );
  });
});
