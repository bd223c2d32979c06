import type { IssuerKey, KeyAlgorithm } from '@territoires/open-badges';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StartupRefusedError } from '../errors/index.js';
import { decryptJwk, encryptJwk, type Sealed } from './seal.js';
import type * as OpenBadges from '@territoires/open-badges';

/**
 * The issuers' signing keys (ADR 0019), out of the database and out of the domains: one file per
 * issuer (its DID), public parts in clear, private JWKs sealed with the master key (AES-256-GCM).
 * Loaded once at start-up, kept in memory; an issuer's keys are made the first time it signs.
 */
export interface IssuerKeyring {
  /** Every key of the issuer (private parts included), made on first use: Ed25519 and P-256. */
  keysOf(did: string): Promise<IssuerKey[]>;
  /** What the issuer's DID document lists (no private part); empty for an issuer that never signed. */
  publicKeysOf(did: string): IssuerKey[];
  /** The key that signs now (Ed25519: embedded proofs; ES256: VC-JWT). */
  signingKey(did: string, algorithm?: KeyAlgorithm): Promise<IssuerKey>;
  /** New current keys; the old ones stay listed (retired) so what they signed still verifies. */
  rotate(did: string): Promise<IssuerKey[]>;
  /** A compromised key: listed as revoked, every signature it made fails (re-issue the credentials). */
  revoke(did: string, keyId: string): Promise<IssuerKey[]>;
}

/**
 * The Open Badges library (JSON-LD, schemas, suites) loads on first use, not with every process:
 * CLI commands and the server's start do not pay for it. Imported once (an `import()` per call
 * resolves the module again: a round trip to the loader's thread under tsx).
 */
let library: Promise<typeof OpenBadges> | undefined;
const openBadges = () => (library ??= import('@territoires/open-badges'));

const toPublicKey = ({ privateKeyJwk: _secret, ...rest }: IssuerKey): IssuerKey => rest;

const FORMAT = 'territoires-issuer-keys/1';
const ALGORITHMS: readonly KeyAlgorithm[] = ['Ed25519', 'ES256'];

interface StoredKey extends Omit<IssuerKey, 'privateKeyJwk'> {
  sealed?: Sealed;
}
interface KeyFile {
  format: typeof FORMAT;
  did: string;
  keys: StoredKey[];
}

const fileName = (did: string) =>
  `${createHash('sha256').update(did).digest('hex').slice(0, 32)}.json`;

function seal(key: IssuerKey, master: Buffer): StoredKey {
  const { privateKeyJwk, ...rest } = key;
  return privateKeyJwk === undefined
    ? rest
    : { ...rest, sealed: encryptJwk(privateKeyJwk, master, key.id) };
}

function unseal(stored: StoredKey, master: Buffer, file: string): IssuerKey {
  const { sealed, ...rest } = stored;
  if (sealed === undefined) return rest;
  try {
    return { ...rest, privateKeyJwk: decryptJwk(sealed, master, stored.id) };
  } catch {
    throw new StartupRefusedError(
      `The issuer key ${stored.id} in ${file} cannot be read with this master key: ` +
        'ISSUER_MASTER_KEY (or ISSUER_MASTER_KEY_FILE) is not the one these keys were made with.',
    );
  }
}

async function readKeyFiles(dir: string, master: Buffer): Promise<Map<string, IssuerKey[]>> {
  const byDid = new Map<string, IssuerKey[]>();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const path = join(dir, name);
    const data = JSON.parse(await readFile(path, 'utf8')) as Omit<KeyFile, 'format'> & {
      format?: unknown;
    };
    if (data.format !== FORMAT) throw new StartupRefusedError(`${path} is not an issuer key file.`);
    byDid.set(
      data.did,
      data.keys.map((k) => unseal(k, master, path)),
    );
  }
  return byDid;
}

async function writeKeyFile(dir: string, did: string, keys: IssuerKey[], master: Buffer) {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, fileName(did));
  const file: KeyFile = { format: FORMAT, did, keys: keys.map((k) => seal(k, master)) };
  // Written beside, then renamed: a crash never leaves half a key file.
  const temp = `${path}.${process.pid}.part`;
  try {
    await writeFile(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export interface KeyringOptions {
  /** Where the key files live (ISSUER_KEYS_DIR, by default <DATA_DIR>/issuer-keys). */
  dir: string;
  masterKey: Buffer;
  clock: () => Date;
}

/** Reads every key file (a wrong master key refuses to start) and returns the keyring. */
export async function openKeyring(options: KeyringOptions): Promise<IssuerKeyring> {
  const { dir, masterKey, clock } = options;
  const byDid = await readKeyFiles(dir, masterKey);
  // One change at a time per issuer: two first signatures at once make one set of keys.
  const pending = new Map<string, Promise<IssuerKey[]>>();
  const change = (did: string, make: (keys: IssuerKey[]) => Promise<IssuerKey[]>) => {
    const previous = pending.get(did) ?? Promise.resolve(byDid.get(did) ?? []);
    const next = previous.then(async (keys) => {
      const changed = await make(keys);
      if (changed !== keys) {
        await writeKeyFile(dir, did, changed, masterKey);
        byDid.set(did, changed);
      }
      return changed;
    });
    pending.set(
      did,
      next.catch(() => byDid.get(did) ?? []),
    );
    return next;
  };
  const ensure = (did: string) =>
    change(did, async (keys) => {
      const { activeKey, generateIssuerKey } = await openBadges();
      const missing = ALGORITHMS.filter((algorithm) => activeKey(keys, algorithm) === undefined);
      if (missing.length === 0) return keys;
      const made = await Promise.all(
        missing.map((algorithm) => generateIssuerKey({ controller: did, algorithm, clock })),
      );
      return [...keys, ...made];
    });
  return {
    keysOf: ensure,
    publicKeysOf: (did) => (byDid.get(did) ?? []).map(toPublicKey),
    async signingKey(did, algorithm = 'Ed25519') {
      const { activeKey } = await openBadges();
      const key = activeKey(await ensure(did), algorithm);
      if (key === undefined) throw new Error(`No ${algorithm} key for ${did}`);
      return key;
    },
    rotate: (did) =>
      change(did, async (keys) => {
        const { rotateIssuerKeys } = await openBadges();
        let rotated = keys;
        for (const algorithm of ALGORITHMS)
          rotated = await rotateIssuerKeys(rotated, { controller: did, algorithm, clock });
        return rotated;
      }),
    revoke: async (did, keyId) => {
      const { revokeIssuerKey } = await openBadges();
      await change(did, (keys) => Promise.resolve(revokeIssuerKey(keys, keyId, { clock })));
      // The issuer keeps signing: a new key of the revoked one's kind takes its place.
      return ensure(did);
    },
  };
}

/** For commands that sign nothing (seed, CLI tools): asking it for a key is a programming error. */
export const noIssuerKeys: IssuerKeyring = {
  keysOf: () => Promise.reject(new Error('No issuer keys here.')),
  publicKeysOf: () => [],
  signingKey: () => Promise.reject(new Error('No issuer keys here.')),
  rotate: () => Promise.reject(new Error('No issuer keys here.')),
  revoke: () => Promise.reject(new Error('No issuer keys here.')),
};
