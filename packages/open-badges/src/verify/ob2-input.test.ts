import { readFileSync } from 'node:fs';
import { CompactSign, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { bakePng } from '../bake/index.js';
import type { FetchLike } from '../ob2/index.js';
import { verify } from './verify.js';

type Json = Record<string, unknown>;
const fixture = (name: string): Json =>
  JSON.parse(
    readFileSync(new URL(`../../test/fixtures/ob2/${name}`, import.meta.url), 'utf8'),
  ) as Json;
const BASE = 'https://issuer.example.org';
const clock = (): Date => new Date('2025-06-01T00:00:00Z');
const hosted = fixture('assertion-hosted.json');
const image = new Uint8Array(
  readFileSync(new URL('../../test/fixtures/baked/noise-50k.png', import.meta.url)),
);

/** The OB 2.0 issuer's web site as an in-memory fetch. */
function web(assertion: Json = hosted): { fetch: FetchLike; requests: string[] } {
  const docs: Record<string, Json> = {
    [`${BASE}/issuer.json`]: fixture('issuer.json'),
    [`${BASE}/badges/cooking.json`]: fixture('badgeclass.json'),
    [`${BASE}/assertions/1.json`]: assertion,
    [`${BASE}/revocations.json`]: fixture('revocations.json'),
  };
  const requests: string[] = [];
  const fetch: FetchLike = (url) => {
    requests.push(url);
    const doc = docs[url];
    const body = doc === undefined ? 'not found' : JSON.stringify(doc);
    return Promise.resolve({
      ok: doc !== undefined,
      status: doc === undefined ? 404 : 200,
      text: () => Promise.resolve(body),
    });
  };
  return { fetch, requests };
}

describe('verify() given Open Badges 2.0 input', () => {
  it('hands a baked OB 2.0 image to verifyOb2 when a fetch is given', async () => {
    const baked = bakePng(image, hosted, { version: '2.0' });
    const { fetch, requests } = web();
    const result = await verify(baked, {
      fetch,
      clock,
      recipient: { identityType: 'emailAddress', value: 'alice@example.org' },
    });
    expect(result.version).toBe('2.0');
    expect(result.errors).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.checks.map((c) => c.id)).toContain('hosted_match');
    expect(result.checks.map((c) => c.id)).toContain('recipient');
    expect(requests).toContain(`${BASE}/assertions/1.json`);
  });

  it('hands OB 2.0 JSON (object or text) and hosted URLs over, and reports their failures', async () => {
    for (const input of [hosted, JSON.stringify(hosted), `${BASE}/assertions/1.json`]) {
      const result = await verify(input, { fetch: web().fetch, clock });
      expect(result).toMatchObject({ version: '2.0', verified: true, errors: [] });
    }
    const revoked = { ...hosted, revoked: true };
    const flagged = await verify(revoked, { fetch: web(revoked).fetch, clock });
    expect(flagged.version).toBe('2.0');
    expect(flagged.result).toBe('not_verified');
    expect(flagged.errors.join()).toContain('ob.ob2.revoked');
    const wrongRecipient = await verify(hosted, {
      fetch: web().fetch,
      clock,
      recipient: { value: 'bob@example.org' },
    });
    expect(wrongRecipient.verified).toBe(false);
  });

  it('without a fetch, is indeterminate, its format check saying it is an OB 2.0 badge and how to verify it', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const jws = await new CompactSign(
      new TextEncoder().encode(JSON.stringify({ ...hosted, verification: { type: 'signed' } })),
    )
      .setProtectedHeader({ alg: 'RS256' })
      .sign(privateKey);
    const inputs: unknown[] = [
      bakePng(image, hosted, { version: '2.0' }),
      hosted,
      JSON.stringify(hosted),
      jws,
      `${BASE}/assertions/1.json`,
    ];
    for (const input of inputs) {
      const result = await verify(input, { clock });
      expect(result.version).toBe('3.0');
      expect(result).toMatchObject({ result: 'indeterminate', verified: false, errors: [] });
      const [format, ...rest] = result.checks;
      expect(format).toMatchObject({ id: 'format', status: 'indeterminate', code: 'ob.ob2_input' });
      expect(format?.message).toMatch(/^ob\.ob2_input: this is an Open Badges 2\.0 badge \(/);
      expect(format?.message).toContain('verifyOb2(input, { fetch })');
      expect(rest.every((c) => c.status === 'skipped')).toBe(true);
    }
  });

  it('still checks OB 3.0 baked images as OB 3.0 when a fetch is given', async () => {
    const png = new Uint8Array(
      readFileSync(new URL('../../test/fixtures/baked/simple-json.png', import.meta.url)),
    );
    const result = await verify(png, { fetch: web().fetch, clock });
    expect(result.version).toBe('3.0');
    expect(result.checks[0]).toMatchObject({ id: 'format', status: 'passed' });
  });

  it('rejects a fetch option that is not a function', async () => {
    await expect(
      verify(hosted, { fetch: 'yes' } as unknown as Parameters<typeof verify>[1]),
    ).rejects.toThrow(TypeError);
  });
});
