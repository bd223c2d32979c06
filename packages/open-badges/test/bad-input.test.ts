import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createDocumentLoader,
  generateIssuerKey,
  issueCredential,
  unbake,
  verify,
  type IssuerKey,
} from '../src/index.js';
import { fixedClock, sampleCredential } from '../src/test-support/fixtures.js';
import { issuerWeb } from '../src/test-support/issuer.js';
import { sampleResolver } from '../src/test-support/sample-resolver.js';

const ISSUER = 'https://territoires.example/issuers/1';
let key: IssuerKey;
let signed: Record<string, unknown>;

beforeAll(async () => {
  vi.stubGlobal('fetch', () => {
    throw new Error('network access attempted');
  });
  key = await generateIssuerKey({ controller: ISSUER });
  signed = await issueCredential(sampleCredential(ISSUER), { key, clock: fixedClock });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const format = async (input: unknown) => (await verify(input, { clock: fixedClock })).checks[0];

describe('bad input gives a failed check, never a crash', () => {
  it('malformed JSON, non-object JSON, over 1 MB', async () => {
    expect(await format('{"@context": [')).toMatchObject({ id: 'format', status: 'failed' });
    expect(await format('[1,2]')).toMatchObject({ status: 'failed' });
    expect((await format('x'.repeat(1024 * 1024 + 1)))?.message).toContain('ob.document_too_large');
    expect((await format({ ...signed, padding: 'x'.repeat(1024 * 1024) }))?.message).toContain(
      'ob.document_too_large',
    );
  });

  it('an unknown context fails without any fetch', async () => {
    const doc = {
      ...signed,
      '@context': [...(signed['@context'] as string[]), 'https://evil.example/ctx'],
    };
    const result = await verify(doc, { clock: fixedClock, fetchJson: issuerWeb(ISSUER, [key]) });
    expect(result.checks.find((c) => c.id === 'context')?.message).toContain('ob.unknown_context');
    expect(result.verified).toBe(false);
    await expect(createDocumentLoader()('https://evil.example/ctx')).rejects.toMatchObject({
      code: 'ob.unknown_context',
    });
  });

  it('a resolver that never answers times out', async () => {
    const result = await verify(signed, {
      clock: fixedClock,
      fetchJson: () => new Promise(() => undefined),
      fetchTimeoutMs: 50,
    });
    expect(result.checks.find((c) => c.id === 'proof')?.message).toContain('timed out');
  });

  it('image bytes that are not a badge', async () => {
    expect((await format(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])))?.status).toBe(
      'failed',
    );
  });

  it('misuse throws TypeError', async () => {
    await expect(verify(signed, { clock: 'now' } as never)).rejects.toBeInstanceOf(TypeError);
    await expect(verify(signed, { fetchJson: 42 } as never)).rejects.toBeInstanceOf(TypeError);
    await expect(verify(signed, { skewSeconds: -1 })).rejects.toBeInstanceOf(TypeError);
    await expect(verify(signed, 'options' as never)).rejects.toBeInstanceOf(TypeError);
    await expect(verify(42)).rejects.toBeInstanceOf(TypeError);
    await expect(verify(null)).rejects.toBeInstanceOf(TypeError);
  });
});

describe('baked images', () => {
  const baked = (file: string) =>
    new Uint8Array(readFileSync(new URL(`fixtures/baked/${file}`, import.meta.url)));

  it.each(['simple-json.png', 'simple-json.svg'])(
    '1EdTech %s verifies (key served by the resolver)',
    async (file) => {
      const result = await verify(baked(file), {
        clock: fixedClock,
        fetchJson: sampleResolver().fetchJson,
      });
      expect(result.errors).toEqual([]);
      expect(result.verified).toBe(true);
    },
  );

  it.each(['simple-jwt.png', 'simple-jwt.svg'])(
    '1EdTech %s (RS256, key in the jwk header, no JWT claims) is not verified, even trusting that key',
    async (file) => {
      const token = unbake(baked(file)).payload;
      const header = decodeProtectedHeader(token);
      // The signature itself is good (checked with jose): what fails is OB 3.0's claim binding (iss, nbf, jti, sub).
      await compactVerify(token, await importJWK(header.jwk as JWK, 'RS256'));
      const strict = await verify(baked(file), { clock: fixedClock });
      expect(strict.checks.find((c) => c.id === 'proof')).toMatchObject({ status: 'failed' });
      const trusting = await verify(baked(file), { clock: fixedClock, trustEmbeddedJwk: true });
      expect(trusting.format).toBe('jwt');
      expect(trusting.checks.find((c) => c.id === 'proof')).toMatchObject({
        status: 'failed',
        code: 'ob.proof.jwt_claims',
      });
    },
  );
});

describe('property-based: the verifier never throws on arbitrary input', () => {
  it('arbitrary strings and JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ '@context': v })),
        ),
        async (text) => {
          const result = await verify(text, { clock: fixedClock });
          expect(result.verified).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('arbitrary objects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async (object) => {
        const result = await verify(object, { clock: fixedClock });
        expect(result.verified).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('any change of one top-level string field of a signed credential is detected', async () => {
    const fetchJson = issuerWeb(ISSUER, [key]);
    const fields = ['id', 'name', 'description', 'validFrom'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        fc.string({ minLength: 1, maxLength: 20 }),
        async (field, value) => {
          fc.pre(signed[field] !== value);
          const result = await verify(
            { ...signed, [field]: value },
            { clock: fixedClock, fetchJson },
          );
          expect(result.verified).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('compact JWS-shaped garbage', async () => {
    const seg = fc
      .base64String()
      .map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
    await fc.assert(
      fc.asyncProperty(seg, seg, seg, async (a, b, c) => {
        const result = await verify(`${a}.${b}.${c}`, { clock: fixedClock });
        expect(result.verified).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
