import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import type { Cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { multibaseToJwk } from '../keys/multibase.js';

// @digitalbazaar/ecdsa-multikey verifies through WebCrypto: a key import and a verification, each a hop through the
// thread pool, which on a loaded machine is most of an ECDSA verification's time (4x an Ed25519 one). The same
// ECDSA check on a node:crypto KeyObject imported once per key is synchronous and gives the same answer.
const HASHES: Readonly<Record<string, string>> = { 'P-256': 'sha256', 'P-384': 'sha384' };
const keys = new Map<string, KeyObject>();
const KEY_CACHE_SIZE = 256;

function publicKey(multibase: string): { key: KeyObject; curve: string } {
  const jwk = multibaseToJwk(multibase);
  const curve = jwk.crv ?? '';
  if (HASHES[curve] === undefined) throw new Error(`Not an ECDSA key: ${multibase}`);
  let key = keys.get(multibase);
  if (!key) {
    key = createPublicKey({ key: jwk, format: 'jwk' });
    if (keys.size >= KEY_CACHE_SIZE) keys.delete(keys.keys().next().value ?? '');
    keys.set(multibase, key);
  }
  return { key, curve };
}

/**
 * ecdsa-rdfc-2019 as published (canonicalization, hashing and proof checks are digitalbazaar's), except that its
 * verifier checks the signature (r || s, SHA-256 for P-256, SHA-384 for P-384) with a cached node:crypto key. The
 * verification method must be a Multikey whose key decodes to a point on its curve.
 */
export const cachingEcdsaRdfc2019: Cryptosuite = {
  ...ecdsaRdfc2019,
  createVerifier({ verificationMethod }) {
    const multibase = verificationMethod.publicKeyMultibase;
    try {
      if (verificationMethod.type !== 'Multikey' || typeof multibase !== 'string')
        throw new Error('The verification method is not a Multikey');
      const { key, curve } = publicKey(multibase);
      const hash = HASHES[curve];
      return Promise.resolve({
        id: verificationMethod.id,
        algorithm: curve,
        verify: ({ data, signature }: { data: Uint8Array; signature: Uint8Array }) =>
          Promise.resolve(cryptoVerify(hash, data, { key, dsaEncoding: 'ieee-p1363' }, signature)),
      });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
};
