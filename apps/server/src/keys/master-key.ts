import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StartupRefusedError } from '../errors/index.js';

/** AES-256-GCM: 32 bytes, written as base64 (ADR 0019). */
export const MASTER_KEY_BYTES = 32;
/** The demo's own master key, beside the PGlite data (mode 600). */
export const DEMO_MASTER_KEY_FILE = 'issuer-master.key';

const HOW_TO =
  'Make one with `territoires keys master-key > /etc/territoires/master.key` (keep it private, mode 600, ' +
  'and back it up: without it no issuer key can be read), then set ISSUER_MASTER_KEY_FILE to that file ' +
  '(or ISSUER_MASTER_KEY to its content).';

/** A new master key, as `territoires keys master-key` prints it. */
export const newMasterKey = (): string => randomBytes(MASTER_KEY_BYTES).toString('base64');

export function parseMasterKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const bytes = Buffer.from(trimmed, /^[0-9a-f]{64}$/i.test(trimmed) ? 'hex' : 'base64');
  if (bytes.length !== MASTER_KEY_BYTES)
    throw new StartupRefusedError(
      `${where} is not a master key (${MASTER_KEY_BYTES} bytes in base64 or hex). ${HOW_TO}`,
    );
  return bytes;
}

export interface MasterKeySource {
  env: NodeJS.ProcessEnv;
  /** Demo mode (PGlite with the demo data): a master key of its own is made in this directory. */
  demoDir?: string | undefined;
  warn: (line: string) => void;
}

/**
 * The master key that encrypts the issuers' private keys: ISSUER_MASTER_KEY, else the file named by
 * ISSUER_MASTER_KEY_FILE, else (demo only) a file in the data directory, made on first start.
 * Anything else refuses to start: signing keys must not be readable by whoever copies the data.
 */
export async function loadMasterKey(source: MasterKeySource): Promise<Buffer> {
  const { env } = source;
  if (env.ISSUER_MASTER_KEY) return parseMasterKey(env.ISSUER_MASTER_KEY, 'ISSUER_MASTER_KEY');
  if (env.ISSUER_MASTER_KEY_FILE) {
    const file = env.ISSUER_MASTER_KEY_FILE;
    const text = await readFile(file, 'utf8').catch(() => {
      throw new StartupRefusedError(`ISSUER_MASTER_KEY_FILE ${file} cannot be read. ${HOW_TO}`);
    });
    return parseMasterKey(text, `ISSUER_MASTER_KEY_FILE (${file})`);
  }
  if (source.demoDir === undefined)
    throw new StartupRefusedError(
      `No master key for the issuers' signing keys (ISSUER_MASTER_KEY or ISSUER_MASTER_KEY_FILE). ${HOW_TO}`,
    );
  return demoMasterKey(source.demoDir, source.warn);
}

async function demoMasterKey(dir: string, warn: (line: string) => void): Promise<Buffer> {
  const file = join(dir, DEMO_MASTER_KEY_FILE);
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing !== undefined) return parseMasterKey(existing, file);
  const key = newMasterKey();
  await mkdir(dir, { recursive: true });
  // `wx`: two processes starting at once cannot both write a different key.
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  await chmod(file, 0o600);
  warn(
    `Demo mode: made a master key for the issuers' signing keys in ${file} (mode 600). ` +
      `Outside a demo, set ISSUER_MASTER_KEY_FILE. ${HOW_TO}`,
  );
  return Buffer.from(key, 'base64');
}
