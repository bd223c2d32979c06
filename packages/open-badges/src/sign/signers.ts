import {
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  verify as cryptoVerify,
  type KeyObject,
} from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {
  cryptosuite as eddsaRdfc2022,
  type Cryptosuite,
} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { OpenBadgesError } from '../errors.js';
import type { IssuerKey } from '../keys/issuer-key.js';

// @digitalbazaar/ed25519-multikey re-imports the raw key into a node:crypto KeyObject on every signature and every
// verification, about a tenth of an embedded-proof signing. The same Ed25519 operations on KeyObjects imported once
// per key are identical in output (Ed25519 is deterministic) and cheaper.
const signers = new WeakMap<IssuerKey, Ed25519Multikey.Ed25519Signer>();

/** A Data Integrity signer for an Ed25519 issuer key, its private KeyObject imported once per key object. */
export function ed25519Signer(key: IssuerKey): Ed25519Multikey.Ed25519Signer {
  let signer = signers.get(key);
  if (!signer) {
    if (key.algorithm !== 'Ed25519' || key.privateKeyJwk === undefined) {
      throw new OpenBadgesError(
        'ob.key_unsupported',
        'An Ed25519 key with its private part is required for an embedded proof',
        { id: key.id },
      );
    }
    let privateKey: KeyObject;
    try {
      privateKey = createPrivateKey({ key: key.privateKeyJwk, format: 'jwk' });
    } catch {
      throw new OpenBadgesError('ob.key_invalid', `The private JWK of ${key.id} is not valid`, {
        id: key.id,
      });
    }
    if (privateKey.asymmetricKeyType !== 'ed25519') {
      throw new OpenBadgesError(
        'ob.key_invalid',
        `The private JWK of ${key.id} is not an Ed25519 key`,
        { id: key.id },
      );
    }
    signer = {
      id: key.id,
      algorithm: 'Ed25519',
      sign: ({ data }) => Promise.resolve(new Uint8Array(cryptoSign(null, data, privateKey))),
    };
    signers.set(key, signer);
  }
  return signer;
}

/**
 * A Data Integrity signer for a P-256 (ES256) issuer key, for ecdsa-rdfc-2019: ECDSA with SHA-256 over the data,
 * the signature as r || s (IEEE P1363), exactly what @digitalbazaar/ecdsa-multikey's WebCrypto signer produces.
 */
export function p256Signer(key: IssuerKey): Ed25519Multikey.Ed25519Signer {
  let signer = signers.get(key);
  if (!signer) {
    let privateKey: KeyObject | undefined;
    try {
      if (key.privateKeyJwk !== undefined)
        privateKey = createPrivateKey({ key: key.privateKeyJwk, format: 'jwk' });
    } catch {
      privateKey = undefined;
    }
    if (privateKey?.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
      throw new OpenBadgesError(
        'ob.key_invalid',
        `The private JWK of ${key.id} is not a P-256 key`,
        { id: key.id },
      );
    const secret = privateKey;
    signer = {
      id: key.id,
      algorithm: 'P-256',
      sign: ({ data }) =>
        Promise.resolve(
          new Uint8Array(cryptoSign('sha256', data, { key: secret, dsaEncoding: 'ieee-p1363' })),
        ),
    };
    signers.set(key, signer);
  }
  return signer;
}

const publicKeys = new Map<string, KeyObject>();
const PUBLIC_KEY_CACHE_SIZE = 256;

function ed25519PublicKey(raw: Uint8Array): KeyObject {
  const x = Buffer.from(raw).toString('base64url');
  let key = publicKeys.get(x);
  if (!key) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    if (publicKeys.size >= PUBLIC_KEY_CACHE_SIZE)
      publicKeys.delete(publicKeys.keys().next().value ?? '');
    publicKeys.set(x, key);
  }
  return key;
}

/**
 * eddsa-rdfc-2022 as published, except that its verifier keeps the public KeyObject: the verification method is
 * still read and checked by `Ed25519Multikey.from` (type, encoding, key length), only the key import is cached.
 */
export const cachingEddsaRdfc2022: Cryptosuite = {
  ...eddsaRdfc2022,
  async createVerifier({ verificationMethod }) {
    const pair = await Ed25519Multikey.from(verificationMethod);
    const publicKey = ed25519PublicKey(pair.publicKey);
    return {
      id: pair.id,
      algorithm: 'Ed25519',
      verify: ({ data, signature }: { data: Uint8Array; signature: Uint8Array }) =>
        Promise.resolve(cryptoVerify(null, data, publicKey, signature)),
    };
  },
};
