import { fail, failFromError, pass } from './checks.js';
import { fetchJson } from './fetch.js';
import { verifyJwsWithPem } from './jws.js';
import type { Ob2Assertion, Ob2Check, Ob2Options } from './types.js';

/**
 * Signed verification. The issuer Profile was fetched from its own id; the key named by `verification.creator`
 * (or, without one, each key the Profile lists) is fetched from its own id. Both directions must hold: the Profile
 * lists the key in `publicKey`, and the key's `owner` is the issuer. Key material is never taken from the signed
 * payload nor from anything it embeds.
 */
export async function checkSignature(
  assertion: Ob2Assertion,
  opts: Ob2Options,
): Promise<Ob2Check[]> {
  const issuer = assertion.badge.issuer;
  const { creator } = assertion.verification;
  const candidates = creator !== undefined ? [creator] : issuer.publicKeys;
  if (assertion.jws === undefined || candidates.length === 0)
    return [fail('key_owner', 'ob.ob2.key_unavailable', 'No key of the issuer is named.')];
  let ownerCheck: Ob2Check = fail(
    'key_owner',
    'ob.ob2.key_owner_mismatch',
    `The issuer Profile ${issuer.id} does not list ${candidates.join(', ')} in publicKey.`,
  );
  for (const keyId of candidates) {
    if (!issuer.publicKeys.includes(keyId)) continue;
    let key: Record<string, unknown>;
    try {
      key = await fetchJson(keyId, opts);
    } catch (err) {
      ownerCheck = failFromError('key_owner', err);
      continue;
    }
    if (key.id !== keyId || key.owner !== issuer.id) {
      ownerCheck = fail(
        'key_owner',
        'ob.ob2.key_owner_mismatch',
        `The key ${keyId} says it is owned by ${String(key.owner)}, not by the issuer ${issuer.id}.`,
      );
      continue;
    }
    ownerCheck = pass('key_owner', `${keyId} is listed by the issuer and owned by it.`);
    const pem = key.publicKeyPem;
    if (typeof pem === 'string' && (await verifyJwsWithPem(assertion.jws, pem)))
      return [ownerCheck, pass('signature')];
  }
  if (ownerCheck.status !== 'passed') return [ownerCheck];
  return [
    ownerCheck,
    fail('signature', 'ob.ob2.signature_invalid', 'The signature does not verify.'),
  ];
}
