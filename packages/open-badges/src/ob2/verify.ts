import { OpenBadgesError } from '../errors.js';
import {
  checkDates,
  checkHostedMatch,
  checkIssuerDomain,
  checkRecipient,
  checkRevocation,
  fail,
  pass,
} from './checks.js';
import { normaliseAssertion, rawAssertion } from './parse.js';
import { checkSignature } from './signed.js';
import type { Ob2Assertion, Ob2Check, Ob2VerificationResult, Ob2VerifyOptions } from './types.js';

function result(checks: Ob2Check[], badge?: Ob2Assertion): Ob2VerificationResult {
  const errors = checks
    .filter((c) => c.status === 'failed')
    .map((c) => `${c.id}: ${c.code ?? 'ob.ob2.failed'}: ${c.message}`);
  return {
    version: '2.0',
    verified: errors.length === 0,
    checks,
    errors,
    ...(badge ? { badge } : {}),
  };
}

function stage(name: 'parse' | 'badge_chain', err: unknown): Ob2VerificationResult {
  if (!(err instanceof OpenBadgesError)) throw err;
  return result([fail(name, err.code, err.message)]);
}

/**
 * Verifies an Open Badges 2.0 assertion (same inputs as readOb2). Hosted: the copy at its URL must equal it and
 * live on the issuer's domain. Signed: the JWS must verify with a key the issuer owns. Both: not revoked (flag and
 * issuer revocation list), issued in the past, not expired. Every document is fetched through `opts.fetch`;
 * without one, verification fails with `ob.ob2.network_disabled` rather than touching the network.
 * Never throws for a bad assertion: failures are reported in `checks` and `errors`.
 */
export async function verifyOb2(
  input: string | object | Uint8Array,
  opts: Ob2VerifyOptions = {},
): Promise<Ob2VerificationResult> {
  let raw: Awaited<ReturnType<typeof rawAssertion>>;
  try {
    raw = await rawAssertion(input, opts);
  } catch (err) {
    return stage('parse', err);
  }
  let assertion: Ob2Assertion;
  try {
    assertion = await normaliseAssertion(raw.raw, raw.jws, opts);
  } catch (err) {
    const chainError = err instanceof OpenBadgesError && err.code !== 'ob.ob2.invalid_assertion';
    return stage(chainError ? 'badge_chain' : 'parse', err);
  }
  const checks: Ob2Check[] = [
    pass('parse', `Open Badges 2.0 ${assertion.verification.type} assertion`),
    pass('badge_chain', `BadgeClass ${assertion.badge.id}, issuer ${assertion.badge.issuer.id}`),
  ];
  if (assertion.verification.type === 'hosted') {
    checks.push(await checkHostedMatch(assertion, opts), checkIssuerDomain(assertion));
  } else {
    checks.push(...(await checkSignature(assertion, opts)));
  }
  checks.push(await checkRevocation(assertion, opts), ...checkDates(assertion, opts));
  if (opts.recipient !== undefined) checks.push(checkRecipient(assertion, opts.recipient));
  return result(checks, assertion);
}
