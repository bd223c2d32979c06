// Issue 15: CLR 2.0 and verifiable presentations through the API, on the independent fixtures (made by
// test-fixtures/generate.mjs with digitalbazaar only). The command line runs the same files in
// independent-fixtures.test.ts; here the held credentials' own results and the reason codes are looked at.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyClr, verifyPresentation } from '../src/index.js';

const read = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`fixtures/independent/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
const CHALLENGE = 'c-4f1d2e9a';
const DOMAIN = 'https://verifier.example';
const statusOf = (result: { checks: { id: string; status: string }[] }, id: string) =>
  result.checks.find((c) => c.id === id)?.status;

describe('Comprehensive Learner Record 2.0', () => {
  it('a ClrCredential verifies with its two held credentials (eddsa and ecdsa issuers) and associations', async () => {
    const result = await verifyClr(read('clr-valid'));
    expect(result).toMatchObject({ version: 'clr-2.0', result: 'verified', errors: [] });
    expect(result.credentials.map((c) => c.result)).toEqual(['verified', 'verified']);
    expect(result.credentials[1]?.checks.find((c) => c.id === 'proof')?.message).toMatch(
      /ecdsa-rdfc-2019/,
    );
    for (const id of ['context', 'schema', 'subject', 'proof', 'credentials', 'associations'])
      expect(statusOf(result, id), id).toBe('passed');
  });

  it('a tampered held credential fails even when the CLR around it was signed again', async () => {
    const result = await verifyClr(read('clr-tampered-held-resigned'));
    expect(result.result).toBe('not_verified');
    expect(statusOf(result, 'proof')).toBe('passed');
    expect(result.checks.find((c) => c.id === 'credentials')?.code).toBe('ob.credentials.invalid');
    expect(result.credentials.map((c) => c.result)).toEqual(['verified', 'not_verified']);
  });

  it('a changed CLR fails its proof; an association to an unknown achievement fails', async () => {
    expect(statusOf(await verifyClr(read('clr-tampered')), 'proof')).toBe('failed');
    const dangling = await verifyClr(read('clr-association-unknown-achievement'));
    expect(dangling.checks.find((c) => c.id === 'associations')?.code).toBe(
      'ob.clr.association_invalid',
    );
  });

  it('the CLR 2.0 schema is applied, and misuse throws', async () => {
    const clr = read('clr-valid');
    const result = await verifyClr({
      ...clr,
      type: ['VerifiableCredential', 'ClrCredential'],
      name: 7,
    });
    expect(statusOf(result, 'schema')).toBe('failed');
    expect((await verifyClr('not json')).checks[0]?.status).toBe('failed');
    await expect(verifyClr(clr, { clock: 'now' as unknown as () => Date })).rejects.toThrow(
      TypeError,
    );
  });
});

describe('verifiable presentations', () => {
  const asked = { challenge: CHALLENGE, domain: DOMAIN };

  it('the holder proof verifies with the challenge and domain asked, and each held credential too', async () => {
    const result = await verifyPresentation(read('vp-valid'), asked);
    expect(result).toMatchObject({ version: 'presentation', result: 'verified', errors: [] });
    expect(result.holder).toMatch(/^did:key:z6Mk/);
    expect(result.credentials.map((c) => c.result)).toEqual(['verified']);
    expect(result.warnings).toEqual([]);
  });

  it('a wrong challenge or domain fails; one asked and missing from the proof fails', async () => {
    const vp = read('vp-valid');
    const wrongChallenge = await verifyPresentation(vp, { ...asked, challenge: 'c-other' });
    expect(wrongChallenge.checks.find((c) => c.id === 'challenge')?.code).toBe(
      'ob.presentation.challenge_mismatch',
    );
    expect(wrongChallenge.result).toBe('not_verified');
    const wrongDomain = await verifyPresentation(vp, { ...asked, domain: 'https://evil.example' });
    expect(wrongDomain.checks.find((c) => c.id === 'domain')?.code).toBe(
      'ob.presentation.domain_mismatch',
    );
    const missing = await verifyPresentation(read('vp-missing-challenge'), asked);
    expect(missing.checks.filter((c) => c.status === 'failed').map((c) => c.code)).toEqual([
      'ob.presentation.challenge_missing',
      'ob.presentation.domain_missing',
    ]);
  });

  it('nothing asked: verified, with a warning that no challenge was compared', async () => {
    const result = await verifyPresentation(read('vp-valid'));
    expect(result.result).toBe('verified');
    expect(result.warnings.map((w) => w.code)).toEqual([
      'ob.presentation.challenge_not_checked',
      'ob.presentation.domain_not_checked',
    ]);
  });

  it('signed by someone else than the holder, changed after signing, or holding a changed credential: fails', async () => {
    const other = await verifyPresentation(read('vp-signed-by-other'), asked);
    expect(other.checks.find((c) => c.id === 'proof')?.code).toBe(
      'ob.presentation.holder_mismatch',
    );
    expect(statusOf(await verifyPresentation(read('vp-tampered'), asked), 'proof')).toBe('failed');
    const held = await verifyPresentation(read('vp-holds-tampered-credential'), asked);
    expect(statusOf(held, 'proof')).toBe('passed');
    expect(held.checks.find((c) => c.id === 'credentials')?.code).toBe('ob.credentials.invalid');
  });

  it('a P-256 holder (ecdsa-rdfc-2019) and a presentation holding a CLR verify', async () => {
    expect((await verifyPresentation(read('vp-ecdsa-holder'), asked)).result).toBe('verified');
    const withClr = await verifyPresentation(read('vp-holds-clr'), asked);
    expect(withClr.result).toBe('verified');
    expect(withClr.credentials[0]).toMatchObject({ version: 'clr-2.0', result: 'verified' });
  });

  it('an EnvelopedVerifiableCredential (VC-JWT) held beside an embedded one is verified as a JWT', async () => {
    const result = await verifyPresentation(read('vp-holds-enveloped-jwt'), asked);
    expect(result.result).toBe('verified');
    expect(result.credentials.map((c) => [c.result, 'format' in c ? c.format : undefined])).toEqual(
      [
        ['verified', 'json'],
        ['verified', 'jwt'],
      ],
    );
  });

  it('misuse throws: a challenge that is not a string', async () => {
    await expect(
      verifyPresentation(read('vp-valid'), { challenge: 42 as unknown as string }),
    ).rejects.toThrow(TypeError);
  });
});
