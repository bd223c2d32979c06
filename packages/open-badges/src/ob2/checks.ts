import { createHash } from 'node:crypto';
import { OpenBadgesError } from '../errors.js';
import { fetchJson } from './fetch.js';
import { isObject } from './parse.js';
import type { Ob2Assertion, Ob2Check, Ob2CheckName, Ob2Options } from './types.js';

export function pass(id: Ob2CheckName, message = 'OK'): Ob2Check {
  return { id, status: 'passed', message };
}

export function fail(id: Ob2CheckName, code: string, message: string): Ob2Check {
  return { id, status: 'failed', message, code };
}

export function pending(id: Ob2CheckName, code: string, message: string): Ob2Check {
  return { id, status: 'indeterminate', message, code };
}

/** A document that could not be had (network, HTTP error, fetching not allowed) leaves the check undecided. */
export function isUnreachable(err: unknown): err is OpenBadgesError {
  return (
    err instanceof OpenBadgesError &&
    ['ob.ob2.fetch_failed', 'ob.ob2.network_disabled', 'ob.document_too_large'].includes(err.code)
  );
}

export function failFromError(name: Ob2CheckName, err: unknown): Ob2Check {
  if (isUnreachable(err)) return pending(name, err.code, err.message);
  if (err instanceof OpenBadgesError) return fail(name, err.code, err.message);
  throw err;
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

/** The `revoked` flag (readable offline), then the issuer's revocation list (fetched). */
export async function checkRevocation(
  assertion: Omit<Ob2Assertion, 'badge'> & { badge?: Ob2Assertion['badge'] },
  opts: Ob2Options,
): Promise<Ob2Check> {
  if (assertion.revoked) {
    const reason = assertion.revocationReason ?? 'no reason given';
    return fail('revocation', 'ob.ob2.revoked', `The assertion is revoked (${reason}).`);
  }
  if (assertion.badge === undefined)
    return pending(
      'revocation',
      'ob.ob2.revocation_list_not_read',
      "The issuer's revocation list was not read.",
    );
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

export function checkDates(
  assertion: Pick<Ob2Assertion, 'issuedOn' | 'expires'>,
  now: Date,
): Ob2Check[] {
  const time = now.getTime();
  const issued = parseDate(assertion.issuedOn);
  const checks: Ob2Check[] = [];
  if (issued === undefined)
    checks.push(fail('issued', 'ob.ob2.invalid_date', 'issuedOn is not a date.'));
  else if (issued > time)
    checks.push(fail('issued', 'ob.ob2.not_yet_issued', 'issuedOn is in the future.'));
  else checks.push(pass('issued'));
  if (assertion.expires === undefined) return [...checks, pass('expiry')];
  const expires = parseDate(assertion.expires);
  if (expires === undefined)
    return [...checks, fail('expiry', 'ob.ob2.invalid_date', 'expires is not a date.')];
  if (expires <= time)
    return [...checks, fail('expiry', 'ob.ob2.expired', 'The assertion has expired.')];
  return [...checks, pass('expiry')];
}

/** OB 2.0 recipient identities are plain or `sha256$hex` / `md5$hex` of identity + salt. */
export function checkRecipient(
  assertion: Pick<Ob2Assertion, 'recipient'>,
  identity: string,
): Ob2Check {
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
