import { jwkToMultibase } from '../keys/multibase.js';
import { ProofError } from './proof-common.js';
import type { Method } from './resolve-key.js';

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

/** A fetched document that is a bare JWK or a JWK Set (RFC 7517), not a controller document. */
export function isJwkDocument(document: Record<string, unknown>): boolean {
  return typeof document.kty === 'string' || Array.isArray(document.keys);
}

/**
 * Who controls a key published as a JWK or JWKS at `url`: a JWK says nothing about its controller, so the key is
 * taken as the issuer's only when the issuer's id is a URL of the same origin as the key's URL (the issuer publishes
 * it on its own site; which origins may be fetched at all is the fetch policy's call: https, or loopback http in
 * tests). Otherwise the key's controller is the origin, which no issuer id equals.
 */
function controllerOf(url: URL, issuer: string | undefined): string {
  let issuerUrl: URL | undefined;
  try {
    issuerUrl = issuer === undefined ? undefined : new URL(issuer);
  } catch {
    issuerUrl = undefined;
  }
  const web = url.protocol === 'https:' || url.protocol === 'http:';
  return web && issuer !== undefined && issuerUrl?.origin === url.origin ? issuer : url.origin;
}

function pick(document: Record<string, unknown>, id: string, fragment: string): unknown {
  if (!Array.isArray(document.keys)) {
    // A bare JWK is the key at its URL; a fragment, when there is one, must be its kid.
    const kid = document.kid;
    return fragment === '' || kid === id || kid === fragment ? document : undefined;
  }
  const keys = document.keys.map(asRecord);
  const named = keys.filter((k) => k !== undefined && (k.kid === id || k.kid === fragment));
  if (named.length > 1)
    throw new ProofError('ob.proof.key_not_found', `The JWK Set at ${id} lists ${fragment} twice`);
  // A kid without a fragment names the set's only key.
  return named[0] ?? (fragment === '' && keys.length === 1 ? keys[0] : undefined);
}

/**
 * The verification method for `id` from the JWK or JWK Set served at its URL: the key whose `kid` is the full id
 * or its fragment. A private key, an encryption key or a key not for verifying is refused.
 */
export function methodFromJwkDocument(
  document: Record<string, unknown>,
  id: string,
  issuer: string | undefined,
): Method {
  const url = new URL(id);
  const fragment = url.hash.slice(1);
  const jwk = asRecord(pick(document, id, fragment));
  if (!jwk || typeof jwk.kty !== 'string')
    throw new ProofError('ob.proof.key_not_found', `No JWK ${id} at ${url.origin}${url.pathname}`);
  const ops = jwk.key_ops;
  if ('d' in jwk || jwk.use === 'enc' || (Array.isArray(ops) && !ops.includes('verify')))
    throw new ProofError('ob.proof.key_not_authorized', `The JWK ${id} is not a verification key`);
  const { kid: _kid, alg: _alg, use: _use, key_ops: _ops, ...publicKeyJwk } = jwk;
  let multibase: string | undefined;
  try {
    multibase = jwkToMultibase(publicKeyJwk);
  } catch {
    multibase = undefined; // RSA: a VC-JWT key only
  }
  return {
    id,
    type: 'JsonWebKey',
    controller: controllerOf(url, issuer),
    publicKeyJwk,
    ...(multibase !== undefined ? { publicKeyMultibase: multibase } : {}),
  };
}
