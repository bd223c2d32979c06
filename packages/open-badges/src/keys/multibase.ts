import { decode, encode } from 'base58-universal';
import { OpenBadgesError } from '../errors.js';

const ED25519_PREFIX = [0xed, 0x01];
const P256_PREFIX = [0x80, 0x24];

function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function fromB64url(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

/** Multikey `publicKeyMultibase` for an Ed25519 (OKP) or P-256 (EC, compressed point) public JWK. */
export function jwkToMultibase(jwk: Readonly<Record<string, unknown>>): string {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') {
    return `z${encode(Uint8Array.from([...ED25519_PREFIX, ...fromB64url(jwk.x)]))}`;
  }
  if (
    jwk.kty === 'EC' &&
    jwk.crv === 'P-256' &&
    typeof jwk.x === 'string' &&
    typeof jwk.y === 'string'
  ) {
    const y = fromB64url(jwk.y);
    const parity = (y[y.length - 1] ?? 0) & 1 ? 0x03 : 0x02;
    return `z${encode(Uint8Array.from([...P256_PREFIX, parity, ...fromB64url(jwk.x)]))}`;
  }
  throw new OpenBadgesError(
    'ob.key_unsupported',
    'Only Ed25519 and P-256 keys have a Multikey form',
    {},
  );
}

/** Public Ed25519 JWK from a `z6Mk…` multibase value; throws `ob.key_invalid` for anything else. */
export function ed25519MultibaseToJwk(multibase: string): Record<string, string> {
  let bytes: Uint8Array;
  try {
    if (!multibase.startsWith('z')) throw new Error('not base58btc');
    bytes = decode(multibase.slice(1));
  } catch {
    throw new OpenBadgesError('ob.key_invalid', 'publicKeyMultibase is not base58btc', {
      multibase,
    });
  }
  if (bytes.length !== 34 || bytes[0] !== ED25519_PREFIX[0] || bytes[1] !== ED25519_PREFIX[1]) {
    throw new OpenBadgesError(
      'ob.key_unsupported',
      'publicKeyMultibase is not an Ed25519 public key',
      { multibase },
    );
  }
  return { kty: 'OKP', crv: 'Ed25519', x: b64url(bytes.subarray(2)) };
}
