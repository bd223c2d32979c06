import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A participant's pseudonymous id in the evaluators' file: HMAC-SHA256 of their id under the
 * server's pseudonym key, and the export's salt if one was given (then the ids of two exports
 * cannot be linked). Without the key nobody can go back from the id to the person.
 */
export function pseudonymousId(key: Buffer, participantId: string, salt?: string): string {
  const mac = createHmac('sha256', key);
  if (salt !== undefined) mac.update(`salt:${salt}\u0000`);
  return mac.update(participantId).digest('hex').slice(0, 20);
}

/**
 * The key: PSEUDONYM_KEY (base64, 32 bytes or more), else `<DATA_DIR>/pseudonym.key`, written at
 * the first start (owner-only): the same ids from one export, and one restart, to the next.
 */
export function pseudonymKeyFor(dataDir: string, env: NodeJS.ProcessEnv): Buffer {
  if (env.PSEUDONYM_KEY) {
    const key = Buffer.from(env.PSEUDONYM_KEY, 'base64');
    if (key.length < 32) throw new Error('PSEUDONYM_KEY must be at least 32 bytes, in base64.');
    return key;
  }
  const file = join(dataDir, 'pseudonym.key');
  if (existsSync(file)) return readFileSync(file);
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
  return key;
}
