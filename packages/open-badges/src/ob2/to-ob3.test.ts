// Issue 15: a verified OB 2.0 assertion becomes the data of an OB 3.0 achievement and issuer profile, the original
// kept as evidence. The assertions are the independent fixtures (test-fixtures/lib/cases-ob2.mjs: jose and
// node:crypto), verified against the documents of web.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateIssuerKey } from '../keys/issuer-key.js';
import { VC_V2_CONTEXT, OB_CONTEXT } from '../contexts/urls.js';
import { checkJsonSchema } from '../schema/json-schema.js';
import { issueCredential } from '../sign/issue.js';
import { issuerWeb } from '../test-support/issuer.js';
import { verify } from '../verify/verify.js';
import { ob2ToOb3, verifyOb2, type FetchLike, type Ob2Import } from './index.js';

const dir = new URL('../../test/fixtures/independent/', import.meta.url);
const web = JSON.parse(readFileSync(new URL('web.json', dir), 'utf8')) as Record<
  string,
  { json?: unknown; status?: number }
>;
const fetch: FetchLike = (url) => {
  const hit = web[url];
  const status = hit?.json !== undefined ? 200 : (hit?.status ?? 404);
  return Promise.resolve({
    ok: status === 200,
    status,
    text: () => Promise.resolve(JSON.stringify(hit?.json ?? null)),
  });
};
const file = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const now = new Date('2025-06-01T00:00:00Z');

async function imported(name: string): Promise<Ob2Import> {
  const result = await verifyOb2(file(name), { fetch, now });
  expect(result.result).toBe('verified');
  return ob2ToOb3(result);
}

describe('OB 2.0 -> OB 3.0 import', () => {
  it('a verified hosted assertion: achievement, issuer Profile, identifier, the original as evidence', async () => {
    const data = await imported('ob2-hosted-valid.json');
    expect(data.achievement).toMatchObject({
      id: 'https://ob2-issuer.example/badges/cooking.json',
      type: ['Achievement'],
      name: 'Cuisine partagée',
      description: 'A organisé un repas partagé.',
      image: { id: 'https://ob2-issuer.example/badges/cooking.png', type: 'Image' },
      creator: { id: 'https://ob2-issuer.example/issuer.json' },
    });
    expect(data.issuer).toMatchObject({
      id: 'https://ob2-issuer.example/issuer.json',
      type: ['Profile'],
      name: 'Centre social des Tilleuls',
      url: 'https://ob2-issuer.example',
    });
    expect(data.identifier).toEqual({
      type: 'IdentityObject',
      hashed: false,
      identityHash: 'camille@example.org',
      identityType: 'emailAddress',
    });
    expect(data.validFrom).toBe('2025-01-15T09:00:00Z');
    const [original] = data.evidence;
    expect(original).toMatchObject({
      id: 'https://ob2-issuer.example/assertions/1.json',
      genre: 'Open Badges 2.0 assertion',
    });
    expect(original?.narrative).toContain('"type": "Assertion"');
    expect(data.original).toMatchObject({ verification: 'hosted', json: { type: 'Assertion' } });
  });

  it('a verified signed assertion keeps its compact JWS byte for byte', async () => {
    const data = await imported('ob2-signed-valid.jws');
    expect(data.original.jws).toBe(file('ob2-signed-valid.jws').trim());
    expect(data.evidence[0]?.narrative).toContain(data.original.jws);
  });

  it('the data builds an OB 3.0 credential that passes the official schema, signs and verifies', async () => {
    const data = await imported('ob2-hosted-valid.json');
    const backpack = 'https://territoires.example/backpack';
    const credential = {
      '@context': [VC_V2_CONTEXT, OB_CONTEXT],
      id: 'urn:uuid:9b0c1d2e-0000-4000-8000-000000000b02',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: backpack, type: ['Profile'], name: 'Sac à badges' },
      validFrom: data.validFrom,
      name: data.achievement.name,
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [data.identifier],
        achievement: data.achievement,
      },
      evidence: data.evidence,
    };
    expect(checkJsonSchema(credential)).toEqual([]);
    const key = await generateIssuerKey({ controller: backpack });
    const signed = await issueCredential(credential, { key, clock: () => now });
    const result = await verify(signed, {
      fetchJson: issuerWeb(backpack, [key]),
      clock: () => now,
    });
    expect(result.result).toBe('verified');
  });

  it('anything but a verified OB 2.0 result is refused (misuse throws)', async () => {
    const gone = await verifyOb2(file('ob2-hosted-gone.json'), { fetch, now });
    expect(gone.result).toBe('not_verified');
    expect(() => ob2ToOb3(gone)).toThrow(expect.objectContaining({ code: 'ob.invalid_argument' }));
    const offline = await verifyOb2(file('ob2-hosted-valid.json'), { now });
    expect(offline.result).toBe('indeterminate');
    expect(() => ob2ToOb3(offline)).toThrow(/verified/);
  });
});
