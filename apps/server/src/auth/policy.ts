import { ForbiddenError } from '../errors/index.js';
import { sameToken } from './tokens.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfFacts {
  method: string;
  /** The session's CSRF token; undefined when the request carries no session of its audience. */
  expected: string | undefined;
  /** Signing in again over an old session needs no token: the old session is not used for it. */
  signIn: boolean;
  /** The CSRF header as received. */
  header: string | string[] | undefined;
}

/**
 * Writes from a session must echo its CSRF token in a header, which a cross-site form cannot do
 * (double-submit with a server-side secret). Reads, requests without a session and sign-ins pass.
 */
export function requireCsrfToken(facts: CsrfFacts): void {
  if (SAFE_METHODS.has(facts.method) || !facts.expected) return;
  if (facts.signIn) return;
  if (typeof facts.header !== 'string' || !sameToken(facts.header, facts.expected)) {
    throw new ForbiddenError('auth.csrf_invalid', 'Missing or wrong CSRF token.');
  }
}
