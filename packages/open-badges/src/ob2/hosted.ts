import { OpenBadgesError } from '../errors.js';
import { canonicalJson } from '../json/canonical.js';
import { fail, failFromError, pass } from './checks.js';
import { fetchJson } from './fetch.js';
import type { LocalAssertion } from './parse.js';
import type { Ob2Check, Ob2Options, Ob2Warning } from './types.js';

export interface HostedCopy {
  check: Ob2Check;
  /** The copy served at the assertion's URL, which is the one verified. */
  hosted?: Record<string, unknown>;
  warning?: Ob2Warning;
}

/**
 * Hosted verification: the copy at the assertion's URL is authoritative. A local (baked, pasted) copy that differs
 * is a warning and the hosted copy is verified instead; `410 Gone` means the issuer revoked it.
 */
export async function fetchHosted(local: LocalAssertion, opts: Ob2Options): Promise<HostedCopy> {
  const url = local.verification.url ?? local.id;
  let hosted: Record<string, unknown>;
  try {
    hosted = await fetchJson(url, opts);
  } catch (err) {
    if (err instanceof OpenBadgesError && err.details.status === 410)
      return {
        check: fail('hosted_match', 'ob.ob2.revoked', `${url} is gone (HTTP 410): revoked.`),
      };
    return { check: failFromError('hosted_match', err) };
  }
  if (hosted.id !== local.id)
    return {
      check: fail(
        'hosted_match',
        'ob.ob2.hosted_mismatch',
        `The assertion hosted at ${url} has another id (${String(hosted.id)}).`,
      ),
    };
  if (canonicalJson(hosted) === canonicalJson(local.raw))
    return { check: pass('hosted_match', `The copy hosted at ${url} is this one.`), hosted };
  return {
    check: pass('hosted_match', `The copy hosted at ${url} was verified.`),
    hosted,
    warning: {
      id: 'hosted_match',
      code: 'ob.ob2.hosted_differs',
      message: `The assertion hosted at ${url} differs from this copy; the hosted one is authoritative.`,
    },
  };
}
