import { count, eq } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { openDatabase } from '../db/open.js';
import { auditEvents, organisations, participants, staff } from '../db/schema.js';
import { noFileStorage } from '../files/storage.js';
import { noIssuerKeys } from '../keys/keyring.js';
import { seedDemo } from '../seed/demo.js';
import { DEMO_PASSWORD, ORGANISATIONS, STAFF } from '../seed/personas.js';
import { TEST_NOW, useTestApp } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeOrganisation } from '../test-support/factories.js';
import { main } from './main.js';

const ctx = useTestApp();

let dataDir: string;
let organisationName: string;

/** Runs the CLI in-process on this file's PGlite directory (the CLI's own database, not the test one). */
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

const withDataDir = async <T>(
  use: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
) => {
  const database = await openDatabase({ dataDir }, 'test');
  try {
    return await use(database);
  } finally {
    await database.close();
  }
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tp-cli-'));
  organisationName = await withDataDir(async (database) => {
    await database.migrate();
    return (await makeOrganisation(database.db, { name: 'Le WIP (test)' })).name;
  });
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const user = (overrides: Record<string, string> = {}) => {
  const options = {
    email: 'anne.test@wip.example',
    name: 'Anne Test',
    organisation: organisationName,
    role: 'referent',
    ...overrides,
  };
  return ['users', 'create', ...Object.entries(options).flatMap(([k, v]) => [`--${k}`, v])];
};
const PASSWORD = { TERRITOIRES_PASSWORD: 'un mot de passe assez long' };

describe('territoires users create', () => {
  it('creates a staff member who can log in, with an audit event', async () => {
    const res = await run(user(), PASSWORD);
    expect(res).toMatchObject({ code: 0, stderr: '' });
    expect(res.stdout).toContain('Created anne.test@wip.example');
    await withDataDir(async (database) => {
      const app = await buildApp({
        services: {
          database,
          clock: () => TEST_NOW,
          files: noFileStorage,
          issuerKeys: noIssuerKeys,
        },
        version: 'test',
      });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'anne.test@wip.example', password: PASSWORD.TERRITOIRES_PASSWORD },
        });
        expect(login.statusCode).toBe(200);
        expect(login.json()).toMatchObject({
          user: { displayName: 'Anne Test', memberships: [{ role: 'referent', organisationName }] },
        });
      } finally {
        await app.close();
      }
      const audits = await database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, 'staff.create'));
      expect(audits).toHaveLength(1);
    });
  });

  it.each([
    ['a missing option', () => user().slice(0, -2), /required option '--role/],
    ['an unknown command', () => ['users', 'delete'], /unknown command|error/i],
  ])('exits 2 on %s, before opening the database', async (_what, args, message) => {
    const res = await run(args(), PASSWORD);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
  });

  it.each([
    ['an unknown role', () => user({ role: 'admin', email: 'b@wip.example' }), PASSWORD, /role/],
    [
      'a short password',
      () => user({ email: 'c@wip.example' }),
      { TERRITOIRES_PASSWORD: 'court' },
      /8 characters/,
    ],
    [
      'a password the estimator guesses (same check as the app)',
      () => user({ email: 'e@wip.example' }),
      { TERRITOIRES_PASSWORD: 'motdepasse123' },
      /too easy to guess.*Ajoutez/,
    ],
  ])('exits 2 on %s, with the reason', async (_what, args, env, message) => {
    const res = await run(args(), env);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
  });

  it('exits 1 for an organisation that does not exist', async () => {
    const res = await run(user({ organisation: 'Nulle part', email: 'd@wip.example' }), PASSWORD);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('No organisation named "Nulle part"');
  });
});

describe('territoires seed --demo', () => {
  it('refuses a database that already has data, and the next command still succeeds', async () => {
    const refused = await run(['seed', '--demo']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already has data');
    await withDataDir(async (database) => {
      expect((await database.db.select({ n: count() }).from(participants))[0]?.n).toBe(0);
    });
    // A refusal must not leak into the exit code of whatever runs next in this process.
    expect(await run(['migrate'])).toMatchObject({ code: 0, stdout: 'Migrations applied.' });
  });

  it('refuses while another process holds the data directory', async () => {
    await withDataDir(async () => {
      const res = await run(['migrate']);
      expect(res.code).toBe(1);
      expect(res.stderr).toContain('is in use by another process');
    });
  });
});

describe('the demo seed', () => {
  it(
    'loads the consortium, its staff and the participants asked for',
    { timeout: 120_000 },
    async () => {
      await seedDemo(ctx.database, TEST_NOW, 5);
      const { db } = ctx.database;
      const names = (await db.select({ name: organisations.name }).from(organisations)).map(
        (o) => o.name,
      );
      expect(names).toEqual(expect.arrayContaining(ORGANISATIONS.map((o) => o.name)));
      const emails = (await db.select({ email: staff.email }).from(staff)).map((s) => s.email);
      expect(emails).toEqual(expect.arrayContaining(STAFF.map((s) => s.email)));
      expect((await db.select({ n: count() }).from(participants))[0]?.n).toBe(5);
      for (const persona of STAFF) {
        const client = await loginAs(ctx.app, { email: persona.email, password: DEMO_PASSWORD });
        const me = await client.request({ method: 'GET', url: '/api/auth/me' });
        expect(me.json()).toMatchObject({
          user: { email: persona.email, memberships: persona.roles.map((r) => ({ role: r.role })) },
        });
      }
    },
  );
});
