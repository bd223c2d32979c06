import type { IssuerKey } from '@territoires/open-badges';
import { issuerBySlug, issuerSlugs, revokeCompromisedKey } from '../badges/index.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { localFileStorage } from '../files/storage.js';
import { CliError } from './errors.js';
import { issuerKeysFor } from './serve.js';

// The operator's view of the issuers' keys (ADR 0019): which keys each issuer has, and what to do
// when one leaks. Like every command it runs with the server stopped (on PGlite the lock says so;
// on PostgreSQL a running server keeps its keys in memory until it restarts).

export interface KeyLine {
  issuer: string;
  did: string;
  id: string;
  algorithm: string;
  created: string;
  state: 'current' | 'retired' | 'revoked';
}

const stateOf = (key: IssuerKey): KeyLine['state'] =>
  key.revoked ? 'revoked' : key.retired ? 'retired' : 'current';

/** Every key of every issuer that has signed, public parts only. */
export async function keyLines(
  config: Config,
  env: NodeJS.ProcessEnv,
  database: Database,
  log: (line: string) => void,
): Promise<KeyLine[]> {
  const keyring = await issuerKeysFor(config, env, log, () => new Date());
  const issuers = await issuerSlugs(database.db, config.publicUrl);
  return issuers.flatMap(({ slug, did }) =>
    keyring.publicKeysOf(did).map((key) => ({
      issuer: slug,
      did,
      id: key.id,
      algorithm: key.algorithm,
      created: key.created,
      state: stateOf(key),
    })),
  );
}

/**
 * A leaked key: it leaves the DID document (every signature it made fails from now on), new keys
 * take its place, and what it signed is revoked on the status list and signed anew.
 */
export async function revokeKey(
  config: Config,
  env: NodeJS.ProcessEnv,
  database: Database,
  options: { issuer: string; key: string },
  log: (line: string) => void,
): Promise<{ awards: number; guests: number }> {
  const clock = () => new Date();
  const issuer = await issuerBySlug(database.db, config.publicUrl, options.issuer);
  if (!issuer)
    throw new CliError(
      `No issuer "${options.issuer}": \`territoires keys list\` shows the issuers and their keys.`,
    );
  const issuerKeys = await issuerKeysFor(config, env, log, clock);
  const key = issuerKeys.publicKeysOf(issuer.did).find((k) => k.id === options.key);
  if (!key)
    throw new CliError(
      `${issuer.slug} has no key ${options.key}: \`territoires keys list\` shows its keys.`,
    );
  if (key.revoked) throw new CliError(`${options.key} is already revoked.`);
  const services = { database, clock, issuerKeys, files: localFileStorage(config.filesDir) };
  return revokeCompromisedKey(services, config.publicUrl, issuer.organisationId, key.id);
}
