// Deterministic test keys (seeded), with node:crypto and @digitalbazaar/ed25519-multikey only.
import { createECDH, createHash } from 'node:crypto';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

const seedOf = (label) =>
  createHash('sha256').update(`open-badges test fixture: ${label}`).digest();

/** An Ed25519 Multikey; without `controller` it is its own did:key. */
export async function ed25519Key(label, controller, fragment) {
  const pair = await Ed25519Multikey.generate({ seed: new Uint8Array(seedOf(label)) });
  const owner = controller ?? `did:key:${pair.publicKeyMultibase}`;
  pair.controller = owner;
  pair.id = `${owner}#${fragment ?? pair.publicKeyMultibase}`;
  return pair;
}

/** The public verification method of an Ed25519 key pair, as a controller document lists it. */
export function multikeyMethod(pair, extra = {}) {
  return {
    id: pair.id,
    type: 'Multikey',
    controller: pair.controller,
    publicKeyMultibase: pair.publicKeyMultibase,
    ...extra,
  };
}

/** A P-256 key from a seed: private JWK (for jose) and public JWK. */
export function p256Key(label) {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(seedOf(label));
  const point = ecdh.getPublicKey();
  const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
  const publicJwk = {
    kty: 'EC',
    crv: 'P-256',
    x: b64(point.subarray(1, 33)),
    y: b64(point.subarray(33)),
  };
  return { publicJwk, privateJwk: { ...publicJwk, d: b64(ecdh.getPrivateKey()) } };
}

/** A P-256 key as an @digitalbazaar/ecdsa-multikey pair (from the seeded JWK); its own did:key without controller. */
export async function p256Multikey(label, controller, fragment) {
  const { privateJwk, publicJwk } = p256Key(label);
  const pair = await EcdsaMultikey.fromJwk({ jwk: privateJwk, secretKey: true });
  const owner = controller ?? `did:key:${pair.publicKeyMultibase}`;
  pair.controller = owner;
  pair.id = `${owner}#${fragment ?? pair.publicKeyMultibase}`;
  return Object.assign(pair, { privateJwk, publicJwk });
}

/** `did:jwk:` of a public JWK (did:jwk method spec: base64url of its JSON). */
export function didJwk(publicJwk) {
  return `did:jwk:${Buffer.from(JSON.stringify(publicJwk)).toString('base64url')}`;
}
