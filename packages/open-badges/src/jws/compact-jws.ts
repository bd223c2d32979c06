import {
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  verify as cryptoVerify,
  type KeyObject,
} from 'node:crypto';
import { OpenBadgesError } from '../errors.js';
import { parseStrictJson } from '../json/strict-json.js';
import type { IssuerKey, Jwk } from '../keys/issuer-key.js';

/**
 * Compact JWS (RFC 7515) for the two VC-JWT algorithms OB 3.0 uses, on node:crypto's synchronous primitives.
 * jose's WebCrypto path costs about twice the CPU of the signature itself (promise + thread-pool round trip, key
 * re-validation); at thousands of tokens per second that is the library's main overhead, hence this narrow
 * implementation. Only ES256 and RS256 exist here: nothing else can be asked for, so `alg` confusion is impossible.
 */
export type JwsAlgorithm = 'ES256' | 'RS256';
export const JWS_ALGORITHMS: readonly string[] = ['ES256', 'RS256'];

export interface DecodedJws {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** `BASE64URL(header) '.' BASE64URL(payload)`, exactly as received: what the signature covers. */
  signingInput: string;
  signature: Buffer;
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;

function segmentJson(segment: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseStrictJson(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch (error) {
    // Duplicate keys and excessive nesting keep their own codes.
    if (error instanceof OpenBadgesError && error.code !== 'ob.malformed_json') throw error;
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new OpenBadgesError(
      'ob.malformed_json',
      `The compact JWS ${what} is not a JSON object`,
      {},
    );
  }
  return value as Record<string, unknown>;
}

/** Splits and decodes a compact JWS (header and payload must be JSON objects); checks nothing cryptographic. */
export function decodeCompactJws(token: string): DecodedJws {
  const parts = token.split('.');
  const [h, p, s] = parts;
  if (parts.length !== 3 || h === undefined || p === undefined || s === undefined) {
    throw new OpenBadgesError(
      'ob.malformed_json',
      'A compact JWS has three dot-separated parts',
      {},
    );
  }
  if (!SEGMENT.test(h) || !SEGMENT.test(p) || (s !== '' && !SEGMENT.test(s))) {
    throw new OpenBadgesError('ob.malformed_json', 'The compact JWS is not base64url', {});
  }
  return {
    header: segmentJson(h, 'header'),
    payload: segmentJson(p, 'payload'),
    signingInput: `${h}.${p}`,
    signature: Buffer.from(s, 'base64url'),
  };
}

function keyMatches(key: KeyObject, alg: JwsAlgorithm): boolean {
  if (alg === 'ES256')
    return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  return key.asymmetricKeyType === 'rsa' && (key.asymmetricKeyDetails?.modulusLength ?? 0) >= 2048;
}

const publicKeys = new Map<string, KeyObject>();
const PUBLIC_KEY_CACHE_SIZE = 256;

/** The public KeyObject of a JWK, imported once per key (the cache key is the key material itself). */
export function publicKeyFromJwk(jwk: Record<string, unknown>, alg: JwsAlgorithm): KeyObject {
  const { kty, crv, x, y, n, e } = jwk;
  const cacheKey = [alg, kty, crv, x, y, n, e]
    .map((v) => (typeof v === 'string' ? v : ''))
    .join('|');
  let key = publicKeys.get(cacheKey);
  if (key === undefined) {
    try {
      const material = Object.entries({ kty, crv, x, y, n, e }).filter(
        ([, v]) => typeof v === 'string',
      );
      key = createPublicKey({ key: Object.fromEntries(material) as Jwk, format: 'jwk' });
    } catch {
      throw new Error(`The public JWK is not a valid ${alg} key`);
    }
    if (!keyMatches(key, alg))
      throw new Error(`The public JWK is not an ${alg} key (P-256 EC or RSA ≥ 2048 bits)`);
    if (publicKeys.size >= PUBLIC_KEY_CACHE_SIZE)
      publicKeys.delete(publicKeys.keys().next().value ?? '');
    publicKeys.set(cacheKey, key);
  }
  return key;
}

/** Throws Error with the reason unless `jws` carries a valid `alg` signature by `key`. */
export function verifyCompactJws(jws: DecodedJws, key: KeyObject, alg: JwsAlgorithm): void {
  if (jws.header.alg !== alg)
    throw new Error(`The JWS alg is ${String(jws.header.alg)}, not ${alg}`);
  // RFC 7515 §4.1.11: a recipient must reject critical extensions it does not understand (we understand none).
  if (jws.header.crit !== undefined)
    throw new Error('The JWS has critical header parameters (crit), none supported');
  if (!keyMatches(key, alg)) throw new Error(`The key is not an ${alg} key`);
  const data = Buffer.from(jws.signingInput, 'ascii');
  const valid =
    alg === 'ES256'
      ? jws.signature.length === 64 &&
        cryptoVerify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, jws.signature)
      : cryptoVerify('sha256', data, key, jws.signature);
  if (!valid) throw new Error('signature verification failed');
}

const privateKeys = new WeakMap<IssuerKey, KeyObject>();

function privateKeyOf(key: IssuerKey): KeyObject {
  let imported = privateKeys.get(key);
  if (imported === undefined) {
    if (
      (key.algorithm !== 'ES256' && key.algorithm !== 'RS256') ||
      key.privateKeyJwk === undefined
    ) {
      throw new OpenBadgesError(
        'ob.key_unsupported',
        'An ES256 or RS256 key with its private part is required for a VC-JWT',
        {
          id: key.id,
        },
      );
    }
    try {
      imported = createPrivateKey({ key: key.privateKeyJwk, format: 'jwk' });
    } catch {
      throw new OpenBadgesError(
        'ob.key_invalid',
        `The private JWK of ${key.id} is not a valid key`,
        { id: key.id },
      );
    }
    if (!keyMatches(imported, key.algorithm)) {
      throw new OpenBadgesError(
        'ob.key_invalid',
        `The private JWK of ${key.id} is not an ${key.algorithm} key`,
        { id: key.id },
      );
    }
    privateKeys.set(key, imported);
  }
  return imported;
}

const segment = (value: object): string =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** Signs `payload` as a compact JWS with the key's algorithm (ES256 or RS256), `alg` first in the header. */
export function signCompactJws(
  header: Record<string, unknown>,
  payload: object,
  key: IssuerKey,
): string {
  const privateKey = privateKeyOf(key);
  const signingInput = `${segment({ alg: key.algorithm, ...header })}.${segment(payload)}`;
  const data = Buffer.from(signingInput, 'ascii');
  const signature =
    key.algorithm === 'ES256'
      ? cryptoSign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' })
      : cryptoSign('sha256', data, privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}
