import { ECDH } from 'node:crypto';
import { decode, encode } from 'base58-universal';
import { OpenBadgesError } from '../errors.js';

// Multicodec prefixes (varint) of the public keys a Multikey may hold: ed25519-pub, p256-pub, p384-pub.
const ED25519_PREFIX = [0xed, 0x01];
const P256_PREFIX = [0x80, 0x24];
const P384_PREFIX = [0x81, 0x24];

const CURVES = [
  { crv: 'P-256', prefix: P256_PREFIX, size: 32, openssl: 'prime256v1' },
  { crv: 'P-384', prefix: P384_PREFIX, size: 48, openssl: 'secp384r1' },
] as const;

function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function fromB64url(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

/** Multikey `publicKeyMultibase` for an Ed25519 (OKP) or P-256 / P-384 (EC, compressed point) public JWK. */
export function jwkToMultibase(jwk: Readonly<Record<string, unknown>>): string {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') {
    return `z${encode(Uint8Array.from([...ED25519_PREFIX, ...fromB64url(jwk.x)]))}`;
  }
  const curve = CURVES.find((c) => c.crv === jwk.crv);
  if (jwk.kty === 'EC' && curve && typeof jwk.x === 'string' && typeof jwk.y === 'string') {
    const x = fromB64url(jwk.x);
    const y = fromB64url(jwk.y);
    if (x.length !== curve.size || y.length !== curve.size)
      throw new OpenBadgesError('ob.key_invalid', `Not a ${curve.crv} public key`, {});
    const parity = (y[y.length - 1] ?? 0) & 1 ? 0x03 : 0x02;
    return `z${encode(Uint8Array.from([...curve.prefix, parity, ...x]))}`;
  }
  throw new OpenBadgesError(
    'ob.key_unsupported',
    'Only Ed25519, P-256 and P-384 keys have a Multikey form',
    {},
  );
}

function decodeMultibase(multibase: string): Uint8Array {
  try {
    if (!multibase.startsWith('z')) throw new Error('not base58btc');
    return decode(multibase.slice(1));
  } catch {
    throw new OpenBadgesError('ob.key_invalid', 'publicKeyMultibase is not base58btc', {
      multibase,
    });
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * The public JWK of a Multikey `publicKeyMultibase` (Ed25519 `z6Mk…`, P-256 `zDn…`, P-384 `z82…`); throws
 * `ob.key_invalid` / `ob.key_unsupported` for anything else. EC points are decompressed (and so checked to lie on
 * the curve) by node:crypto.
 */
export function multibaseToJwk(multibase: string): Record<string, string> {
  const bytes = decodeMultibase(multibase);
  if (bytes.length === 34 && startsWith(bytes, ED25519_PREFIX))
    return { kty: 'OKP', crv: 'Ed25519', x: b64url(bytes.subarray(2)) };
  const curve = CURVES.find((c) => bytes.length === c.size + 3 && startsWith(bytes, c.prefix));
  if (!curve)
    throw new OpenBadgesError(
      'ob.key_unsupported',
      'publicKeyMultibase is not an Ed25519, P-256 or P-384 public key',
      { multibase },
    );
  let point: Buffer;
  try {
    point = ECDH.convertKey(
      Buffer.from(bytes.subarray(2)),
      curve.openssl,
      undefined,
      undefined,
      'uncompressed',
    ) as Buffer;
  } catch {
    throw new OpenBadgesError('ob.key_invalid', `Not a ${curve.crv} point`, { multibase });
  }
  return {
    kty: 'EC',
    crv: curve.crv,
    x: b64url(point.subarray(1, 1 + curve.size)),
    y: b64url(point.subarray(1 + curve.size)),
  };
}

/** Public Ed25519 JWK from a `z6Mk…` multibase value; throws `ob.key_invalid` for anything else. */
export function ed25519MultibaseToJwk(multibase: string): Record<string, string> {
  const jwk = multibaseToJwk(multibase);
  if (jwk.crv !== 'Ed25519')
    throw new OpenBadgesError(
      'ob.key_unsupported',
      'publicKeyMultibase is not an Ed25519 public key',
      { multibase },
    );
  return jwk;
}
