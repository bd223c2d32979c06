import { isLoopbackHost } from '../net/addresses.js';
import {
  DID_V1_CONTEXT,
  JWK_2020_CONTEXT,
  MULTIKEY_V1_CONTEXT,
  OB_CONTEXT,
  VC_V2_CONTEXT,
} from '../contexts/urls.js';
import { OpenBadgesError } from '../errors.js';
import type { Profile } from '../model/types.js';
import type { IssuerKey } from './issuer-key.js';

export interface VerificationMethod {
  id: string;
  type: 'Multikey' | 'JsonWebKey';
  controller: string;
  publicKeyMultibase?: string;
  publicKeyJwk?: Record<string, string>;
  /** Controlled Identifiers §2.2: the key was revoked; verifiers refuse every signature it made. */
  revoked?: string;
}

/** Public form of a key: Multikey for Ed25519 (what eddsa-rdfc-2022 needs), JsonWebKey for JWT keys. */
export function toVerificationMethod(key: IssuerKey): VerificationMethod {
  const revoked = key.revoked !== undefined ? { revoked: key.revoked } : {};
  if (key.algorithm === 'Ed25519' && key.publicKeyMultibase !== undefined) {
    return {
      id: key.id,
      type: 'Multikey',
      controller: key.controller,
      publicKeyMultibase: key.publicKeyMultibase,
      ...revoked,
    };
  }
  return {
    id: key.id,
    type: 'JsonWebKey',
    controller: key.controller,
    publicKeyJwk: { ...key.publicKeyJwk },
    ...revoked,
  };
}

/** Keys that may be used to verify: every key, except that a revoked one is listed but not authorized. */
function authorized(keys: readonly IssuerKey[]): string[] {
  return keys.filter((k) => k.revoked === undefined).map((k) => k.id);
}

export function exportPublicMultikey(key: IssuerKey): VerificationMethod & { '@context': string } {
  if (key.publicKeyMultibase === undefined) {
    throw new OpenBadgesError('ob.key_unsupported', `${key.algorithm} keys have no Multikey form`, {
      id: key.id,
    });
  }
  return {
    '@context': MULTIKEY_V1_CONTEXT,
    id: key.id,
    type: 'Multikey',
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
  };
}

export function exportPublicJwk(key: IssuerKey): Record<string, string> {
  const alg = key.algorithm === 'Ed25519' ? 'EdDSA' : key.algorithm;
  return { ...key.publicKeyJwk, kid: key.id, alg };
}

function ownKeys(controller: string, keys: readonly IssuerKey[]): IssuerKey[] {
  for (const key of keys) {
    if (key.controller !== controller) {
      throw new OpenBadgesError(
        'ob.invalid_argument',
        `Key ${key.id} is not controlled by ${controller}`,
        { field: 'keys' },
      );
    }
  }
  return [...keys];
}

/**
 * The issuer's Profile as served at `issuer.id`, listing every key in `verificationMethod` and the usable ones in
 * `assertionMethod` (retired keys included, so older credentials keep verifying; revoked keys are listed with
 * their `revoked` date only). Its contexts include DID and Multikey, so that digitalbazaar-based verifiers, which
 * read `assertionMethod` and the key from this document, accept the issuer's credentials.
 */
export function buildIssuerProfile(
  profile: Profile,
  keys: readonly IssuerKey[],
): Record<string, unknown> {
  const listed = ownKeys(profile.id, keys);
  return {
    '@context': [VC_V2_CONTEXT, OB_CONTEXT, DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    ...profile,
    verificationMethod: listed.map(toVerificationMethod),
    assertionMethod: authorized(listed),
  };
}

/**
 * `did:web:example.org:issuers:1` -> `https://example.org/issuers/1/did.json` (DID Web method spec). A loopback
 * host (`did:web:127.0.0.1%3A8080:…`, `localhost`) maps to http: such a DID only ever names a server on the
 * verifier's own machine, and whether loopback may be fetched at all stays the fetch policy's decision.
 */
export function didWebToUrl(did: string): string {
  const match = /^did:web:([^:#?]+)((?::[^:#?]+)*)$/.exec(did);
  if (!match?.[1])
    throw new OpenBadgesError('ob.invalid_argument', `Not a did:web DID: ${did}`, { field: 'did' });
  const host = decodeURIComponent(match[1]);
  const path = (match[2] ?? '').split(':').filter(Boolean).map(decodeURIComponent).join('/');
  const origin = `${isLoopbackHost(hostnameOf(host)) ? 'http' : 'https'}://${host}`;
  return path ? `${origin}/${path}/did.json` : `${origin}/.well-known/did.json`;
}

/** `127.0.0.1:8080` -> `127.0.0.1`, `[::1]:8080` -> `[::1]`. */
function hostnameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0] ?? host;
}

export function buildDidWebDocument(
  did: string,
  keys: readonly IssuerKey[],
): Record<string, unknown> {
  didWebToUrl(did);
  const listed = ownKeys(did, keys);
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT, JWK_2020_CONTEXT],
    id: did,
    verificationMethod: listed.map(toVerificationMethod),
    assertionMethod: authorized(listed),
  };
}
