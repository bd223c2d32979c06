import type { DataInclusionFile } from '@territoires/contracts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open.js';
import { makeActivity } from '../activities/test-support/factories.js';
import { makeOrganisation } from '../test-support/factories.js';
import { runCli } from '../test-support/processes.js';

let dataDir: string;

/** `territoires ARGS` as a real process on this file's PGlite directory. */
async function territoires(args: string[]) {
  const cli = runCli(args, { DATA_DIR: dataDir });
  const code = await cli.exited;
  return { code, stdout: cli.stdout(), stderr: cli.stderr() };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tp-catalogue-'));
  const database = await openDatabase({ dataDir }, 'test');
  try {
    await database.migrate();
    const org = await makeOrganisation(database.db, { name: 'Fablab de Colombelles' });
    await makeActivity(database.db, {
      organisationId: org.id,
      title: 'Fablab : découpe laser',
      kind: 'fablab',
      codeInsee: '14172',
    });
  } finally {
    await database.close();
  }
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('territoires catalogue', () => {
  it(
    'exports JSON on stdout and imports it back (exit 0), then reports rejected rows (exit 1)',
    { timeout: 120_000 },
    async () => {
      const exported = await territoires(['catalogue', 'export']);
      expect(exported.code, exported.stderr).toBe(0);
      const file = JSON.parse(exported.stdout) as DataInclusionFile;
      expect(file.services.map((s) => s.nom)).toEqual(['Fablab : découpe laser']);
      const good = join(dataDir, 'catalogue.json');
      writeFileSync(good, exported.stdout);
      const again = await territoires(['catalogue', 'import', good]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('Accepted: 1 structures, 1 services.');

      const bad = join(dataDir, 'bad.json');
      writeFileSync(
        bad,
        JSON.stringify({
          ...file,
          services: [...file.services, { ...file.services[0], id: 'x--1', code_insee: '1' }],
        }),
      );
      const refused = await territoires(['catalogue', 'import', bad]);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('Accepted: 1 structures, 1 services.');
      expect(refused.stdout).toMatch(/- service #1 \(x--1\): .*code_insee/);
    },
  );

  it('exits 2 for a file that is not JSON', { timeout: 60_000 }, async () => {
    const path = join(dataDir, 'not.json');
    writeFileSync(path, 'hello');
    const res = await territoires(['catalogue', 'import', path]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Cannot read');
  });
});
