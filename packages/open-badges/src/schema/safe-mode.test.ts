import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleCredential } from '../test-support/fixtures.js';
import { createDocumentLoader } from '../contexts/document-loader.js';
import { OpenBadgesError } from '../errors.js';
import { assertJsonLdSafeMode, checkJsonLdSafeMode, jsonLdShape } from './safe-mode.js';

const base = {
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: 'https://issuer.example',
};

describe('JSON-LD safe mode', () => {
  it('accepts defined terms', async () => {
    expect(await checkJsonLdSafeMode({ ...base, name: 'x' })).toEqual([]);
  });

  it('names an undefined property', async () => {
    await expect(assertJsonLdSafeMode({ ...base, favouriteColour: 'blue' })).rejects.toMatchObject({
      code: 'ob.jsonld_invalid',
      details: { field: 'favouriteColour' },
    });
  });

  it('reports an unknown context without fetching it', async () => {
    const error: unknown = await assertJsonLdSafeMode({
      ...base,
      '@context': ['https://evil.example/ctx'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenBadgesError);
    expect((error as OpenBadgesError).code).toBe('ob.unknown_context');
  });
});

describe('memoized safe mode', () => {
  it('caches by shape but still catches a new undefined property or a relative id', async () => {
    const { checkJsonLdSafeModeCached } = await import('./safe-mode.js');
    expect(await checkJsonLdSafeModeCached({ ...base, name: 'a' })).toEqual([]);
    expect(await checkJsonLdSafeModeCached({ ...base, name: 'b' })).toEqual([]);
    expect((await checkJsonLdSafeModeCached({ ...base, nom: 'b' }))[0]?.field).toBe('nom');
    expect(await checkJsonLdSafeModeCached({ ...base, id: 'relative/thing' })).not.toEqual([]);
    expect(
      await checkJsonLdSafeModeCached({ ...base, id: 'https://absolute.example/thing' }),
    ).toEqual([]);
  });
});

describe('memoized safe mode agrees with the real check', () => {
  // Every string leaf of a realistic credential, overwritten with values jsonld may treat differently.
  const credential = sampleCredential('https://issuer.example/1') as unknown as Record<
    string,
    unknown
  >;
  const leaves: string[][] = [];
  const collect = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') leaves.push(path);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) collect(v, [...path, k]);
    }
  };
  collect(credential, []);
  const tricky = [
    '',
    '@foo',
    '@id',
    '_:b0',
    'urn:x',
    'urn:a b',
    'relative/x',
    'https://x.example/a',
    'Competency',
    'fr',
    'x y',
    'Achievement',
    'assertionMethod',
    'nope',
  ];

  it('for any string leaf replaced by a tricky value, or an extra property', async () => {
    const { checkJsonLdSafeModeCached } = await import('./safe-mode.js');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...leaves), fc.constantFrom(...tricky)), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.option(fc.constantFrom('colour', 'name', 'proofPurpose', '@language', 'description'), {
          nil: undefined,
        }),
        async (edits, extra) => {
          const doc = structuredClone(credential);
          for (const [path, value] of edits) {
            let node = doc;
            for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
            node[path.at(-1) ?? ''] = value;
          }
          if (extra !== undefined) (doc.credentialSubject as Record<string, unknown>)[extra] = 'fr';
          const fields = (issues: { field: string }[]): string[] => issues.map((i) => i.field);
          expect(fields(await checkJsonLdSafeModeCached(doc))).toEqual(
            fields(await checkJsonLdSafeMode(doc, createDocumentLoader())),
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  it('tells keyword-like, blank-node, relative and whitespace-broken IRIs apart', () => {
    const shapes = ['urn:x', 'urn:a b', '_:b', '@x', 'rel', ''].map((id) =>
      jsonLdShape({ ...base, id }),
    );
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(jsonLdShape({ ...base, name: 'a' })).toBe(jsonLdShape({ ...base, name: 'b' }));
    expect(jsonLdShape({ ...base, '@context': [{ a: 'urn:a' }] })).not.toBe(
      jsonLdShape({ ...base, '@context': [{ a: 'urn:b' }] }),
    );
  });
});
