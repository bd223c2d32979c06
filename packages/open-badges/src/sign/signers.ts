import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { importJWK } from 'jose';
import { OpenBadgesError } from '../errors.js';
import type { IssuerKey } from '../keys/issuer-key.js';

type JoseKey = Awaited<ReturnType<typeof importJWK>>;

// Key objects are immutable data: importing them once per key object keeps signing fast.
const ed25519Cache = new WeakMap<IssuerKey, Promise<Ed25519Multikey.Ed25519KeyPair>>();
const joseCache = new WeakMap<IssuerKey, Promise<JoseKey>>();

export function ed25519KeyPair(key: IssuerKey): Promise<Ed25519Multikey.Ed25519KeyPair> {
  let pair = ed25519Cache.get(key);
  if (!pair) {
    if (key.algorithm !== 'Ed25519' || key.privateKeyJwk === undefined) {
      throw new OpenBadgesError(
        'ob.key_unsupported',
        'An Ed25519 key with its private part is required for an embedded proof',
        { id: key.id },
      );
    }
    pair = Ed25519Multikey.fromJwk({
      jwk: key.privateKeyJwk,
      secretKey: true,
      id: key.id,
      controller: key.controller,
    });
    ed25519Cache.set(key, pair);
  }
  return pair;
}

export function joseSigningKey(key: IssuerKey): Promise<JoseKey> {
  let imported = joseCache.get(key);
  if (!imported) {
    if (key.algorithm === 'Ed25519' || key.privateKeyJwk === undefined) {
      throw new OpenBadgesError(
        'ob.key_unsupported',
        'An ES256 or RS256 key with its private part is required for a VC-JWT',
        { id: key.id },
      );
    }
    imported = importJWK(key.privateKeyJwk, key.algorithm);
    joseCache.set(key, imported);
  }
  return imported;
}
