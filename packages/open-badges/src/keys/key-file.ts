import { OpenBadgesError } from '../errors.js';
import { parseStrictJson } from '../json/strict-json.js';
import type { IssuerKey, Jwk, KeyAlgorithm } from './issuer-key.js';

/** Format marker of the JSON key file (one key per file; private part included). */
export const KEY_FILE_FORMAT = 'territoires-open-badges-key/1';

const ALGORITHMS: readonly KeyAlgorithm[] = ['Ed25519', 'ES256', 'RS256'];

export function serializeKeyFile(key: IssuerKey): string {
  return `${JSON.stringify({ format: KEY_FILE_FORMAT, ...key }, null, 2)}\n`;
}

/** Parses and checks a key file; throws `ob.key_file_invalid` naming the bad field. */
export function parseKeyFile(text: string): IssuerKey {
  let data: unknown;
  try {
    data = parseStrictJson(text);
  } catch {
    throw invalid('/', 'not JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw invalid('/', 'not an object');
  const record = data as Record<string, unknown>;
  if (record.format !== KEY_FILE_FORMAT) throw invalid('format', `expected ${KEY_FILE_FORMAT}`);
  const algorithm = record.algorithm;
  if (typeof algorithm !== 'string' || !ALGORITHMS.includes(algorithm as KeyAlgorithm))
    throw invalid('algorithm', 'unsupported');
  for (const field of ['id', 'controller', 'created']) {
    if (typeof record[field] !== 'string') throw invalid(field, 'must be a string');
  }
  const key: IssuerKey = {
    algorithm: algorithm as KeyAlgorithm,
    id: record.id as string,
    controller: record.controller as string,
    created: record.created as string,
    publicKeyJwk: jwk(record.publicKeyJwk, 'publicKeyJwk'),
  };
  if (!key.id.startsWith(`${key.controller}#`))
    throw invalid('id', 'must be <controller>#<fragment>');
  if (record.privateKeyJwk !== undefined)
    key.privateKeyJwk = jwk(record.privateKeyJwk, 'privateKeyJwk');
  if (typeof record.publicKeyMultibase === 'string')
    key.publicKeyMultibase = record.publicKeyMultibase;
  if (typeof record.retired === 'string') key.retired = record.retired;
  if (typeof record.revoked === 'string') key.revoked = record.revoked;
  return key;
}

function jwk(value: unknown, field: string): Jwk {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid(field, 'must be a JWK object');
  const entries = Object.entries(value);
  if (!entries.every(([, v]) => typeof v === 'string') || typeof (value as Jwk).kty !== 'string') {
    throw invalid(field, 'must be a JWK object');
  }
  return Object.fromEntries(entries as [string, string][]);
}

function invalid(field: string, reason: string): OpenBadgesError {
  return new OpenBadgesError('ob.key_file_invalid', `Invalid key file: ${field} ${reason}`, {
    field,
  });
}
