import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { StartupRefusedError } from '../errors/index.js';
import { openKeyring } from './keyring.js';
import { DEMO_MASTER_KEY_FILE, loadMasterKey } from './master-key.js';

const DID = 'did:web:territoires.example:issuers:e2c';
const clock = () => new Date('2026-03-15T10:00:00Z');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tp-keys-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the issuer keyring (ADR 0019)', () => {
  it('makes Ed25519 and P-256 keys on first use, their private parts sealed on disk', async () => {
    const masterKey = randomBytes(32);
    const keysDir = join(dir, 'sealed');
    const keyring = await openKeyring({ dir: keysDir, masterKey, clock });
    expect(keyring.publicKeysOf(DID)).toEqual([]);
    const keys = await keyring.keysOf(DID);
    expect(keys.map((k) => k.algorithm).sort()).toEqual(['ES256', 'Ed25519']);
    const [file = ''] = await readdir(keysDir);
    expect((await stat(join(keysDir, file))).mode & 0o777).toBe(0o600);
    const text = await readFile(join(keysDir, file), 'utf8');
    for (const key of keys) expect(text).not.toContain(key.privateKeyJwk?.d ?? 'no private part');
    expect(keyring.publicKeysOf(DID).every((k) => k.privateKeyJwk === undefined)).toBe(true);

    const reopened = await openKeyring({ dir: keysDir, masterKey, clock });
    expect(await reopened.keysOf(DID)).toEqual(keys);
    await expect(openKeyring({ dir: keysDir, masterKey: randomBytes(32), clock })).rejects.toThrow(
      /cannot be read with this master key/,
    );
  });

  it('makes one set of keys when two first signatures come at once', async () => {
    const keyring = await openKeyring({
      dir: join(dir, 'race'),
      masterKey: randomBytes(32),
      clock,
    });
    const [a, b] = await Promise.all([keyring.signingKey(DID), keyring.signingKey(DID)]);
    expect(a.id).toBe(b.id);
    expect(await keyring.keysOf(DID)).toHaveLength(2);
  });

  it('rotates (old keys retired, still listed) and revokes (a new key takes its place)', async () => {
    const keyring = await openKeyring({
      dir: join(dir, 'rotate'),
      masterKey: randomBytes(32),
      clock,
    });
    const first = await keyring.signingKey(DID);
    const rotated = await keyring.rotate(DID);
    expect(rotated).toHaveLength(4);
    expect(rotated.find((k) => k.id === first.id)?.retired).toBeDefined();
    const second = await keyring.signingKey(DID);
    expect(second.id).not.toBe(first.id);
    const after = await keyring.revoke(DID, second.id);
    expect(after.find((k) => k.id === second.id)?.revoked).toBeDefined();
    expect((await keyring.signingKey(DID)).id).not.toBe(second.id);
  });
});

describe('the master key', () => {
  const warnings: string[] = [];
  const warn = (line: string) => warnings.push(line);

  it('is read from ISSUER_MASTER_KEY or the file ISSUER_MASTER_KEY_FILE names', async () => {
    const key = randomBytes(32);
    expect(
      await loadMasterKey({ env: { ISSUER_MASTER_KEY: key.toString('base64') }, warn }),
    ).toEqual(key);
    const file = join(dir, 'master.key');
    await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600 });
    expect(await loadMasterKey({ env: { ISSUER_MASTER_KEY_FILE: file }, warn })).toEqual(key);
  });

  it('refuses to start without one outside the demo, and says how to make one', async () => {
    const refused = loadMasterKey({ env: {}, warn });
    await expect(refused).rejects.toBeInstanceOf(StartupRefusedError);
    await expect(loadMasterKey({ env: {}, warn })).rejects.toThrow(/territoires keys master-key/);
    await expect(loadMasterKey({ env: { ISSUER_MASTER_KEY: 'c2hvcnQ=' }, warn })).rejects.toThrow(
      /not a master key/,
    );
    await expect(
      loadMasterKey({ env: { ISSUER_MASTER_KEY_FILE: join(dir, 'missing') }, warn }),
    ).rejects.toThrow(/cannot be read/);
  });

  it('is made in the data directory in the demo (mode 600, with a warning), then reused', async () => {
    const demoDir = await mkdtemp(join(dir, 'demo-'));
    const made = await loadMasterKey({ env: {}, demoDir, warn });
    expect((await stat(join(demoDir, DEMO_MASTER_KEY_FILE))).mode & 0o777).toBe(0o600);
    expect(warnings.at(-1)).toMatch(/Demo mode: made a master key/);
    expect(await loadMasterKey({ env: {}, demoDir, warn })).toEqual(made);
  });

  it('is printed by `territoires keys master-key`', async () => {
    const out: string[] = [];
    const code = await main(['keys', 'master-key'], {
      stdout: (line) => out.push(line),
      stderr: () => undefined,
      env: {},
    });
    expect(code).toBe(0);
    expect(Buffer.from(out[0] ?? '', 'base64')).toHaveLength(32);
  });
});
