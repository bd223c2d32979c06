import { createHash } from 'node:crypto';
import { OpenBadgesError } from '../errors.js';
import { fetchJson } from './fetch.js';
import { isObject } from './parse.js';
import type {
  Ob2Assertion,
  Ob2Check,
  Ob2CheckName,
  Ob2Options,
  Ob2VerifyOptions,
} from './types.js';

export function pass(id: Ob2CheckName, message = 'OK'): Ob2Check {
  return { id, status: 'passed', message };
}

export function fail(id: Ob2CheckName, code: string, message: string): Ob2Check {
  return { id, status: 'failed', message, code };
}

export function failFromError(name: Ob2CheckName, err: unknown): Ob2Check {
  if (err instanceof OpenBadgesError) return fail(name, err.code, err.message);
  throw err;
}

/** JSON with object keys sorted, so two documents compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function checkHostedMatch(
  assertion: Ob2Assertion,
  opts: Ob2Options,
): Promise<Ob2Check> {
  const url = assertion.verification.url ?? assertion.id;
  try {
    const hosted = await fetchJson(url, opts);
    if (canonical(hosted) === canonical(assertion.raw)) return pass('hosted_match');
    return fail(
      'hosted_match',
      'ob.ob2.hosted_mismatch',
      `The assertion hosted at ${url} differs from this one.`,
    );
  } catch (err) {
    return failFromError('hosted_match', err);
  }
}

/** Hosted assertions must live on the issuer's domain, or where its Profile's `verification` allows. */
export function checkIssuerDomain(assertion: Ob2Assertion): Ob2Check {
  const url = assertion.verification.url ?? assertion.id;
  const issuer = assertion.badge.issuer;
  let host: string;
  let allowed: string[];
  try {
    host = new URL(url).hostname.toLowerCase();
    allowed = issuer.allowedOrigins ?? [new URL(issuer.id).hostname];
  } catch {
    return fail(
      'issuer_domain',
      'ob.ob2.issuer_domain_mismatch',
      'The assertion or issuer id is not a URL.',
    );
  }
  const prefixOk =
    issuer.startsWith === undefined || issuer.startsWith.some((p) => url.startsWith(p));
  if (allowed.some((a) => a.toLowerCase() === host) && prefixOk) return pass('issuer_domain');
  return fail(
    'issuer_domain',
    'ob.ob2.issuer_domain_mismatch',
    `${url} is not hosted where the issuer allows.`,
  );
}

function listed(list: Record<string, unknown>, id: string): boolean {
  const revoked = Array.isArray(list.revokedAssertions)
    ? (list.revokedAssertions as unknown[])
    : [];
  return revoked.some((entry) => entry === id || (isObject(entry) && entry.id === id));
}

export async function checkRevocation(
  assertion: Ob2Assertion,
  opts: Ob2Options,
): Promise<Ob2Check> {
  if (assertion.revoked) {
    const reason = assertion.revocationReason ?? 'no reason given';
    return fail('revocation', 'ob.ob2.revoked', `The assertion is revoked (${reason}).`);
  }
  const listUrl = assertion.badge.issuer.revocationList;
  if (listUrl === undefined) return pass('revocation');
  try {
    const list = await fetchJson(listUrl, opts);
    if (!listed(list, assertion.id)) return pass('revocation');
    return fail(
      'revocation',
      'ob.ob2.revoked',
      "The assertion is on the issuer's revocation list.",
    );
  } catch (err) {
    return failFromError('revocation', err);
  }
}

function parseDate(value: string): number | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

export function checkDates(assertion: Ob2Assertion, opts: Ob2VerifyOptions): Ob2Check[] {
  const now = (opts.now ?? new Date()).getTime();
  const issued = parseDate(assertion.issuedOn);
  const checks: Ob2Check[] = [];
  if (issued === undefined)
    checks.push(fail('issued', 'ob.ob2.invalid_date', 'issuedOn is not a date.'));
  else if (issued > now)
    checks.push(fail('issued', 'ob.ob2.not_yet_issued', 'issuedOn is in the future.'));
  else checks.push(pass('issued'));
  if (assertion.expires === undefined) return [...checks, pass('expiry')];
  const expires = parseDate(assertion.expires);
  if (expires === undefined)
    return [...checks, fail('expiry', 'ob.ob2.invalid_date', 'expires is not a date.')];
  if (expires <= now)
    return [...checks, fail('expiry', 'ob.ob2.expired', 'The assertion has expired.')];
  return [...checks, pass('expiry')];
}

/** OB 2.0 recipient identities are plain or `sha256$hex` / `md5$hex` of identity + salt. */
export function checkRecipient(assertion: Ob2Assertion, identity: string): Ob2Check {
  const { recipient } = assertion;
  let matches: boolean;
  if (recipient.hashed) {
    const [algorithm, digest] = recipient.identity.split('$');
    const supported = algorithm === 'sha256' || algorithm === 'md5';
    const hash = (value: string): string =>
      supported
        ? createHash(algorithm)
            .update(value + (recipient.salt ?? ''))
            .digest('hex')
        : '';
    matches =
      supported &&
      [identity, identity.toLowerCase()].some((v) => hash(v) === digest?.toLowerCase());
  } else {
    matches = recipient.identity.toLowerCase() === identity.toLowerCase();
  }
  return matches
    ? pass('recipient')
    : fail('recipient', 'ob.ob2.recipient_mismatch', 'The recipient does not match.');
}
