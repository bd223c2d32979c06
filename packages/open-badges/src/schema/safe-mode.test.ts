import { describe, expect, it } from 'vitest';
import { OpenBadgesError } from '../errors.js';
import { assertJsonLdSafeMode, checkJsonLdSafeMode } from './safe-mode.js';

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
