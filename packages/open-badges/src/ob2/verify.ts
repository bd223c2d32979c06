import { OpenBadgesError } from '../errors.js';
import {
  checkDates,
  checkIssuerDomain,
  checkRecipient,
  checkRevocation,
  fail,
  failFromError,
  pass,
  pending,
} from './checks.js';
import { fetchHosted } from './hosted.js';
import { OB2_JWS_ALGORITHMS, decodeJws } from './jws.js';
import { rawAssertion, readAssertion, resolveBadge, type LocalAssertion } from './parse.js';
import { checkSignature } from './signed.js';
import type {
  Ob2Assertion,
  Ob2Check,
  Ob2VerificationResult,
  Ob2VerifyOptions,
  Ob2Warning,
} from './types.js';

function result(
  checks: Ob2Check[],
  warnings: Ob2Warning[] = [],
  badge?: Ob2Assertion,
): Ob2VerificationResult {
  const errors = checks
    .filter((c) => c.status === 'failed')
    .map((c) => `${c.id}: ${c.code ?? 'ob.ob2.failed'}: ${c.message}`);
  // The assertion is vouched for by its hosted copy or its signature: one of them must have passed.
  const vouched = checks.some(
    (c) => (c.id === 'hosted_match' || c.id === 'signature') && c.status === 'passed',
  );
  const outcome =
    errors.length > 0
      ? 'not_verified'
      : checks.some((c) => c.status === 'indeterminate') || !vouched
        ? 'indeterminate'
        : 'verified';
  return {
    version: '2.0',
    result: outcome,
    verified: outcome === 'verified',
    checks,
    errors,
    warnings,
    ...(badge ? { badge } : {}),
  };
}

/** What can be said with no network: the JWS algorithm, the revoked flag, the dates, the recipient. */
function offlineChecks(local: LocalAssertion): Ob2Check[] {
  const checks: Ob2Check[] = [
    pending(
      'badge_chain',
      'ob.ob2.network_disabled',
      'The BadgeClass and issuer were not fetched.',
    ),
  ];
  if (local.jws !== undefined) {
    const alg = decodeJws(local.jws).header.alg;
    checks.push(
      typeof alg === 'string' && (OB2_JWS_ALGORITHMS as readonly string[]).includes(alg)
        ? pending('signature', 'ob.ob2.network_disabled', 'The issuer key was not fetched.')
        : fail('signature', 'ob.ob2.signature_invalid', `JWS alg ${String(alg)} is not accepted.`),
    );
  } else {
    checks.push(
      pending('hosted_match', 'ob.ob2.network_disabled', 'The hosted copy was not fetched.'),
    );
  }
  return checks;
}

function tail(local: LocalAssertion, opts: Ob2VerifyOptions): Ob2Check[] {
  const checks = checkDates(local, opts.now ?? new Date());
  if (opts.recipient !== undefined) checks.push(checkRecipient(local, opts.recipient));
  return checks;
}

/** Hosted: the copy at the assertion's URL is fetched first and is the one verified from then on. */
async function hostedCopy(
  local: LocalAssertion,
  opts: Ob2VerifyOptions,
): Promise<{ local: LocalAssertion; checks: Ob2Check[]; warnings: Ob2Warning[] }> {
  const copy = await fetchHosted(local, opts);
  if (copy.hosted === undefined) return { local, checks: [copy.check], warnings: [] };
  try {
    const hosted = readAssertion(copy.hosted, undefined);
    return { local: hosted, checks: [copy.check], warnings: copy.warning ? [copy.warning] : [] };
  } catch (err) {
    return { local, checks: [failFromError('hosted_match', err)], warnings: [] };
  }
}

/**
 * Verifies an Open Badges 2.0 assertion (same inputs as readOb2). Hosted: the copy at its URL is authoritative (a
 * differing local copy is a warning; 410 Gone is revoked) and must live on the issuer's domain. Signed: the JWS must
 * verify with a key that the issuer Profile (fetched from its id) lists and that names the issuer as owner. Both:
 * not revoked (flag and issuer revocation list), issued in the past, not expired. Every document is fetched through
 * `opts.fetch`; without one, what needs the network is `indeterminate`. Never throws for a bad assertion.
 */
export async function verifyOb2(
  input: string | object | Uint8Array,
  opts: Ob2VerifyOptions = {},
): Promise<Ob2VerificationResult> {
  let local: LocalAssertion;
  try {
    const raw = await rawAssertion(input, opts);
    local = readAssertion(raw.raw, raw.jws);
  } catch (err) {
    if (!(err instanceof OpenBadgesError)) throw err;
    return result([failFromError('parse', err)]);
  }
  const checks: Ob2Check[] = [
    pass('parse', `Open Badges 2.0 ${local.verification.type} assertion`),
  ];
  if (opts.fetch === undefined) {
    const revoked = await checkRevocation(local, opts);
    return result([...checks, ...offlineChecks(local), revoked, ...tail(local, opts)]);
  }
  const warnings: Ob2Warning[] = [];
  const verifying: Ob2Check[] = [];
  if (local.verification.type === 'hosted') {
    const hosted = await hostedCopy(local, opts);
    ({ local } = hosted);
    verifying.push(...hosted.checks);
    warnings.push(...hosted.warnings);
    if (hosted.checks.some((c) => c.status !== 'passed'))
      return result(
        [...checks, ...verifying, await checkRevocation(local, opts), ...tail(local, opts)],
        warnings,
      );
  }
  let assertion: Ob2Assertion;
  try {
    assertion = await resolveBadge(local, opts, true);
  } catch (err) {
    if (!(err instanceof OpenBadgesError)) throw err;
    const chain = failFromError('badge_chain', err);
    return result(
      [...checks, chain, ...verifying, await checkRevocation(local, opts), ...tail(local, opts)],
      warnings,
    );
  }
  checks.push(
    pass('badge_chain', `BadgeClass ${assertion.badge.id}, issuer ${assertion.badge.issuer.id}`),
  );
  if (assertion.verification.type === 'hosted')
    checks.push(...verifying, checkIssuerDomain(assertion));
  else checks.push(...(await checkSignature(assertion, opts)));
  checks.push(await checkRevocation(assertion, opts), ...tail(assertion, opts));
  return result(checks, warnings, assertion);
}
