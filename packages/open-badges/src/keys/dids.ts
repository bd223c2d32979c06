import { DID_V1_CONTEXT, JWK_2020_CONTEXT, MULTIKEY_V1_CONTEXT } from '../contexts/urls.js';
import { OpenBadgesError } from '../errors.js';
import type { VerificationMethod } from './documents.js';
import { jwkToMultibase, multibaseToJwk } from './multibase.js';

export interface ResolvedDid {
  document: Record<string, unknown>;
  method: VerificationMethod;
}

function invalid(message: string): OpenBadgesError {
  return new OpenBadgesError('ob.key_invalid', message, { field: 'verificationMethod' });
}

/** A DID document listing its one key for assertions and authentication (what did:key and did:jwk derive). */
function singleKeyDocument(
  did: string,
  method: VerificationMethod,
  contexts: string[],
): ResolvedDid {
  const document = {
    '@context': contexts,
    id: did,
    verificationMethod: [method],
    assertionMethod: [method.id],
    authentication: [method.id],
  };
  return { document, method };
}

/**
 * Offline did:key resolution (Ed25519 `z6Mk…`, P-256 `zDn…`, P-384 `z82…`): the DID document is derived from the
 * identifier itself. Throws `ob.key_invalid` / `ob.key_unsupported`.
 */
export function resolveDidKey(didUrl: string): ResolvedDid {
  const [did = '', fragment] = didUrl.split('#');
  const match = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)$/.exec(did);
  if (!match?.[1]) throw invalid(`Not a did:key: ${didUrl}`);
  const multibase = match[1];
  multibaseToJwk(multibase);
  if (fragment !== undefined && fragment !== multibase)
    throw invalid(`Unknown did:key fragment: ${didUrl}`);
  const method: VerificationMethod = {
    id: `${did}#${multibase}`,
    type: 'Multikey',
    controller: did,
    publicKeyMultibase: multibase,
  };
  return singleKeyDocument(did, method, [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT]);
}

function decodeDidJwk(encoded: string): Record<string, string> {
  let jwk: unknown;
  try {
    jwk = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw invalid('did:jwk does not hold base64url JSON');
  }
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk))
    throw invalid('did:jwk does not hold a JWK object');
  const fields = jwk as Record<string, unknown>;
  if (typeof fields.kty !== 'string') throw invalid('did:jwk holds no kty');
  // A DID is public: a private key in it is a mistake we refuse to propagate.
  if ('d' in fields) throw invalid('did:jwk holds a private key');
  if (fields.use === 'enc') throw invalid('did:jwk holds an encryption key');
  for (const value of Object.values(fields))
    if (typeof value !== 'string' && !Array.isArray(value)) throw invalid('did:jwk member type');
  return fields as Record<string, string>;
}

/**
 * Offline did:jwk resolution (did:jwk method spec): `did:jwk:<base64url(JWK)>`, its one key `#0`, a JsonWebKey
 * (its Multikey form is added for Ed25519, P-256 and P-384 keys, so Data Integrity suites can read it).
 */
export function resolveDidJwk(didUrl: string): ResolvedDid {
  const [did = '', fragment] = didUrl.split('#');
  const match = /^did:jwk:([A-Za-z0-9_-]+)$/.exec(did);
  if (!match?.[1]) throw invalid(`Not a did:jwk: ${didUrl}`);
  if (fragment !== undefined && fragment !== '0')
    throw invalid(`Unknown did:jwk fragment: ${didUrl}`);
  const publicKeyJwk = decodeDidJwk(match[1]);
  let multibase: string | undefined;
  try {
    multibase = jwkToMultibase(publicKeyJwk);
  } catch {
    multibase = undefined; // an RSA key: usable by a VC-JWT only
  }
  const method: VerificationMethod = {
    id: `${did}#0`,
    type: 'JsonWebKey',
    controller: did,
    publicKeyJwk,
    ...(multibase !== undefined ? { publicKeyMultibase: multibase } : {}),
  };
  return singleKeyDocument(did, method, [DID_V1_CONTEXT, JWK_2020_CONTEXT]);
}

/** `did:jwk:…` for a public JWK (private members are dropped). */
export function didJwkFromJwk(jwk: Readonly<Record<string, string>>): string {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
  return `did:jwk:${Buffer.from(JSON.stringify(publicJwk)).toString('base64url')}`;
}
