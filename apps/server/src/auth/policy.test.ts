import { describe, expect, it } from 'vitest';
import { requireCsrfToken, type CsrfFacts } from './policy.js';

const write: CsrfFacts = { method: 'POST', expected: 'secret', signIn: false, header: 'secret' };

/** The error the policy throws, or null when it lets the request through. */
function refusal(facts: CsrfFacts): unknown {
  try {
    requireCsrfToken(facts);
    return null;
  } catch (error) {
    return error;
  }
}

describe('CSRF policy (pure)', () => {
  it('lets a write through with the session token', () => {
    expect(refusal(write)).toBeNull();
  });

  it.each([
    ['no header', { header: undefined }],
    ['a wrong token', { header: 'other' }],
    ['the header twice', { header: ['secret', 'secret'] }],
  ])('refuses a write with %s (403 auth.csrf_invalid)', (_, change) => {
    expect(refusal({ ...write, ...change })).toMatchObject({
      status: 403,
      code: 'auth.csrf_invalid',
    });
  });

  it.each([
    ['a GET', { method: 'GET' }],
    ['a HEAD', { method: 'HEAD' }],
    ['an OPTIONS', { method: 'OPTIONS' }],
    ['a request without a session', { expected: undefined }],
    ['a sign-in', { signIn: true }],
  ])('asks nothing of %s', (_, change) => {
    expect(refusal({ ...write, ...change, header: undefined })).toBeNull();
  });
});
