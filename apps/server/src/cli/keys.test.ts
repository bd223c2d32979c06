import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awards } from '../badges/tables.js';
import { acceptedAward, makeAchievement } from '../badges/test-support/factories.js';
import { openDatabase } from '../db/open.js';
import { noFileStorage } from '../files/storage.js';
import { openKeyring } from '../keys/keyring.js';
import { TEST_NOW, TEST_PUBLIC_URL } from '../test-support/app.js';
import { buildWorld, followedParticipant } from '../test-support/world.js';
import type { KeyLine } from './keys.js';
import { main } from './main.js';

// `territoires keys list|revoke` on a data directory of its own, as an operator runs them (server stopped).

let dataDir: string;
let env: Record<string, string>;
let slug: string;
let awardId: string;

const run = async (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

const withDatabase = async <T>(
  use: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
) => {
  const database = await openDatabase({ dataDir }, 'test');
  try {
    await database.migrate();
    return await use(database);
  } finally {
    await database.close();
  }
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tp-keys-'));
  const masterKey = randomBytes(32);
  env = {
    DATA_DIR: dataDir,
    ISSUER_MASTER_KEY: masterKey.toString('base64'),
    PUBLIC_URL: TEST_PUBLIC_URL,
  };
  await withDatabase(async (database) => {
    const clock = () => TEST_NOW;
    const issuerKeys = await openKeyring({ dir: join(dataDir, 'issuer-keys'), masterKey, clock });
    const services = { database, clock, files: noFileStorage, issuerKeys };
    const world = await buildWorld(services);
    const badge = await makeAchievement(services, world.staff.coordinator, world.following);
    slug = badge.issuerId.split(':').at(-1) ?? '';
    const p = await followedParticipant(services, world);
    awardId = (await acceptedAward(services, world.staff.referent, p.id, badge.id)).id;
  });
}, 120_000);
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const list = async (): Promise<KeyLine[]> => {
  const res = await run(['keys', 'list', '--json']);
  expect(res.code, res.stderr).toBe(0);
  return JSON.parse(res.stdout) as KeyLine[];
};

describe('territoires keys', () => {
  it('lists each issuer’s keys, then revokes a leaked one and signs anew what it signed', async () => {
    const before = await list();
    expect(before.map((k) => [k.issuer, k.algorithm, k.state])).toEqual([
      [slug, 'Ed25519', 'current'],
      [slug, 'ES256', 'current'],
    ]);
    const leaked = before.find((k) => k.algorithm === 'Ed25519')?.id ?? '';
    expect((await run(['keys', 'list'])).stdout).toContain(`${slug}  current  ${leaked}`);

    const res = await run(['keys', 'revoke', '--issuer', slug, '--key', leaked]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Signed anew: 1 badge(s) of participants, 0 of guests.');

    const after = await list();
    expect(after.find((k) => k.id === leaked)?.state).toBe('revoked');
    expect(after.filter((k) => k.algorithm === 'Ed25519' && k.state === 'current')).toHaveLength(1);
    await withDatabase(async ({ db }) => {
      const [old] = await db.select().from(awards).where(eq(awards.id, awardId));
      expect(old?.status).toBe('revoked');
      const signed = await db.select().from(awards).where(eq(awards.status, 'accepted'));
      expect(signed).toHaveLength(1);
      const proof = signed[0]?.credential?.proof as { verificationMethod: string }[];
      expect(proof[0]?.verificationMethod).not.toBe(leaked);
    });
  });

  it('says what to do with an unknown issuer or key, or a key already revoked', async () => {
    const revoked = (await list()).find((k) => k.state === 'revoked')?.id ?? '';
    const cases: [string[], string][] = [
      [['--issuer', 'nobody', '--key', revoked], 'No issuer "nobody"'],
      [['--issuer', slug, '--key', `${revoked}x`], `${slug} has no key`],
      [['--issuer', slug, '--key', revoked], 'is already revoked'],
    ];
    for (const [args, message] of cases) {
      const res = await run(['keys', 'revoke', ...args]);
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(message);
    }
  });
});
