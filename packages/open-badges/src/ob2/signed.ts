import { fetchJson } from './fetch.js';
import { verifyJwsWithPem } from './jws.js';
import { isObject } from './parse.js';
import { fail, failFromError, pass } from './checks.js';
import type { Ob2Assertion, Ob2Check, Ob2Options } from './types.js';

interface CryptographicKey {
  id: string;
  owner?: string;
  publicKeyPem?: string;
}

/** The key document: embedded in the issuer Profile when it is there in full, fetched otherwise. */
async function loadKey(
  assertion: Ob2Assertion,
  keyId: string,
  opts: Ob2Options,
): Promise<CryptographicKey> {
  const embedded = [assertion.badge.issuer.raw.publicKey]
    .flat()
    .find((k) => isObject(k) && k.id === keyId && typeof k.publicKeyPem === 'string');
  const doc = isObject(embedded) ? embedded : await fetchJson(keyId, opts);
  return {
    id: keyId,
    owner: typeof doc.owner === 'string' ? doc.owner : undefined,
    publicKeyPem: typeof doc.publicKeyPem === 'string' ? doc.publicKeyPem : undefined,
  };
}

/**
 * Signed verification: the key named by `verification.creator` (or, without one, any key the issuer lists) must be
 * owned by the issuer and verify the JWS.
 */
export async function checkSignature(
  assertion: Ob2Assertion,
  opts: Ob2Options,
): Promise<Ob2Check[]> {
  const issuer = assertion.badge.issuer;
  const candidates =
    assertion.verification.creator !== undefined
      ? [assertion.verification.creator]
      : issuer.publicKeys;
  if (candidates.length === 0 || assertion.jws === undefined) {
    return [
      fail('signature', 'ob.ob2.key_unavailable', 'No key is named to verify the signature.'),
    ];
  }
  let ownerCheck: Ob2Check = fail(
    'key_owner',
    'ob.ob2.key_owner_mismatch',
    'No key is owned by the issuer.',
  );
  for (const keyId of candidates) {
    let key: CryptographicKey;
    try {
      key = await loadKey(assertion, keyId, opts);
    } catch (err) {
      ownerCheck = failFromError('key_owner', err);
      continue;
    }
    if (key.owner !== issuer.id) continue;
    ownerCheck = pass('key_owner');
    if (
      key.publicKeyPem !== undefined &&
      (await verifyJwsWithPem(assertion.jws, key.publicKeyPem))
    ) {
      return [ownerCheck, pass('signature')];
    }
  }
  return [
    ownerCheck,
    fail('signature', 'ob.ob2.signature_invalid', 'The signature does not verify.'),
  ];
}
