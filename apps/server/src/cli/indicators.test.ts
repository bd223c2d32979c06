import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawData } from '../indicators/test-support/brute-force.js';
import { bruteForce } from '../indicators/test-support/brute-force.js';
import { datasetArb, rowsOf, writeDataset } from '../indicators/test-support/dataset.js';
import { openDatabase } from '../db/open.js';
import { makeOrganisation, makeStaff } from '../test-support/factories.js';
import { main } from './main.js';

let dataDir: string;
let data: RawData;
let organisationIds: string[];

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env: { DATA_DIR: dataDir, ...env },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tp-indicators-'));
  const database = await openDatabase({ dataDir }, 'test');
  try {
    await database.migrate();
    const first = await makeOrganisation(database.db, { kind: 'consortium_member' });
    const second = await makeOrganisation(database.db);
    organisationIds = [first.id, second.id];
    const staff = await makeStaff(database.db, { organisationId: first.id });
    const [stories] = fc.sample(
      datasetArb.filter((s) => s.length >= 10),
      { numRuns: 1, seed: 19 },
    );
    data = rowsOf(stories ?? [], organisationIds, staff.staffId);
    await writeDataset(database.db, data, staff.staffId);
  } finally {
    await database.close();
  }
}, 60_000);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('territoires indicators', () => {
  it('prints the figures as JSON: the brute-force recomputation, and the programme from the environment', async () => {
    const res = await run(['indicators', '--from', '2021-01-01', '--to', '2022-12-31', '--json'], {
      PROGRAMME_START: '2021-01-01',
      TARGET_ENGAGED: '40',
    });
    expect(res.code, res.stderr).toBe(0);
    const report = JSON.parse(res.stdout) as Record<string, unknown>;
    const scope = { from: '2021-01-01', to: '2022-12-31' };
    const { entries, reentries, discovery, exits, dynamicExits } =
      bruteForce(data, scope).get('all') ?? {};
    expect(report).toMatchObject({ entries, reentries, discovery, exits, dynamicExits });
    expect(report).toMatchObject({
      from: '2021-01-01',
      to: '2022-12-31',
      territory: null,
      organisation: null,
      programme: {
        start: '2021-01-01',
        months: 36,
        end: '2023-12-31',
        engagedTarget: 40,
        dynamicExitsTarget: 300,
      },
    });
  });

  it('filters on a territory and an organisation', async () => {
    const [organisation = ''] = organisationIds;
    const args = [
      '--from',
      '2020-11-01',
      '--to',
      '2023-10-31',
      '--territory',
      'rural_vallees_orne_odon',
    ];
    const res = await run(['indicators', ...args, '--organisation', organisation, '--json']);
    expect(res.code, res.stderr).toBe(0);
    const scope = {
      from: '2020-11-01',
      to: '2023-10-31',
      territory: 'rural_vallees_orne_odon' as const,
      organisationId: organisation,
    };
    const expected = bruteForce(data, scope).get('all');
    expect(JSON.parse(res.stdout)).toMatchObject({
      entries: expected?.entries ?? 0,
      exits: expected?.exits ?? {},
    });
    const lines = await run(['indicators', ...args]);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toContain(
      'Period 2020-11-01 to 2023-10-31, territory rural_vallees_orne_odon',
    );
  });

  it.each([
    [['--from', '2021-13-01', '--to', '2021-12-31'], 'Invalid --from'],
    [['--from', '2021-01-01', '--to', '2021-12-31', '--territory', 'paris'], 'Invalid --territory'],
    [
      ['--from', '2021-01-01', '--to', '2021-12-31', '--organisation', 'x'],
      'Invalid --organisation',
    ],
    [['--from', '2022-01-01', '--to', '2021-12-31'], '--from must not be after --to.'],
  ])('bad options %j: exit 2 before the database opens', async (args, message) => {
    const res = await run(['indicators', ...args], { DATA_DIR: '/nonexistent/tp' });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(message);
  });

  it('a bad programme setting is refused (exit 1) before the database opens', async () => {
    const res = await run(['indicators', '--from', '2021-01-01', '--to', '2021-12-31'], {
      TARGET_ENGAGED: 'many',
      DATA_DIR: '/nonexistent/tp',
    });
    expect(res).toMatchObject({ code: 1, stderr: 'TARGET_ENGAGED is not valid: "many".' });
  });

  it('refuses while another process holds the data directory (the server running on PGlite)', async () => {
    const database = await openDatabase({ dataDir }, 'test');
    try {
      const res = await run(['indicators', '--from', '2021-01-01', '--to', '2021-12-31']);
      expect(res.code).toBe(1);
      expect(res.stderr).toContain('is in use by another process');
    } finally {
      await database.close();
    }
  });
});
