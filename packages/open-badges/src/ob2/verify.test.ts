import { readFileSync } from 'node:fs';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { bakePng, bakeSvg } from '../bake/index.js';
import { readOb2, verifyOb2 } from './index.js';
import type { FetchLike, Ob2VerificationResult as VerificationResult } from './index.js';

type Json = Record<string, unknown>;
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
const fixture = (name: string): Json =>
  JSON.parse(
    readFileSync(new URL(`../../test/fixtures/ob2/${name}`, import.meta.url), 'utf8'),
  ) as Json;
const BASE = 'https://issuer.example.org';
const NOW = new Date('2025-06-01T00:00:00Z');
const hosted = fixture('assertion-hosted.json');

/** The issuer's web site, as an injected fetch over an in-memory map; `requests` records what was asked. */
function web(overrides: Record<string, Json | undefined> = {}): {
  fetch: FetchLike;
  requests: string[];
} {
  const docs: Record<string, Json | undefined> = {
    [`${BASE}/issuer.json`]: fixture('issuer.json'),
    [`${BASE}/badges/cooking.json`]: fixture('badgeclass.json'),
    [`${BASE}/assertions/1.json`]: hosted,
    [`${BASE}/revocations.json`]: fixture('revocations.json'),
    ...overrides,
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

const failedCodes = (r: VerificationResult): (string | undefined)[] =>
  r.checks.filter((c) => c.status === 'failed').map((c) => c.code);

describe('readOb2', () => {
  it('normalises a hosted assertion with its BadgeClass and Issuer fetched by URL', async () => {
    const badge = await readOb2(JSON.stringify(hosted), { fetch: web().fetch });
    expect(badge).toMatchObject({
      version: '2.0',
      id: `${BASE}/assertions/1.json`,
      verification: { type: 'hosted' },
      recipient: { type: 'email', hashed: true, salt: 'deadsea' },
      badge: {
        name: 'Cuisine partagée',
        criteria: 'Organiser un repas pour au moins dix voisins.',
        issuer: {
          id: `${BASE}/issuer.json`,
          name: 'Centre social des Tilleuls',
          publicKeys: [`${BASE}/key.json`],
        },
      },
    });
  });

  it('reads from a URL, from embedded objects and from baked PNG and SVG images', async () => {
    expect((await readOb2(`${BASE}/assertions/1.json`, { fetch: web().fetch })).id).toBe(hosted.id);
    const embedded = {
      ...hosted,
      badge: { ...fixture('badgeclass.json'), issuer: fixture('issuer.json') },
    };
    const offline = await readOb2(embedded);
    expect(offline.badge.issuer.name).toBe('Centre social des Tilleuls');
    const png = new Uint8Array(
      readFileSync(new URL('../../test/fixtures/baked/noise-50k.png', import.meta.url)),
    );
    expect((await readOb2(bakePng(png, embedded, { version: '2.0' }))).id).toBe(hosted.id);
    const svg = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', `${BASE}/assertions/1.json`, {
      version: '2.0',
    });
    expect((await readOb2(new TextEncoder().encode(svg), { fetch: web().fetch })).id).toBe(
      hosted.id,
    );
  });

  it('refuses references without a fetch function, non-assertions and OB 3.0 images', async () => {
    await expect(readOb2(hosted)).rejects.toMatchObject({ code: 'ob.ob2.network_disabled' });
    await expect(readOb2({ ...hosted, type: 'BadgeClass' })).rejects.toMatchObject({
      code: 'ob.ob2.invalid_assertion',
    });
    await expect(readOb2('{oops')).rejects.toMatchObject({ code: 'ob.malformed_json' });
    const png = new Uint8Array(
      readFileSync(new URL('../../test/fixtures/baked/simple-json.png', import.meta.url)),
    );
    await expect(readOb2(png)).rejects.toMatchObject({ code: 'ob.ob2.invalid_assertion' });
  });
});

describe('verifyOb2, hosted', () => {
  it('verifies a hosted assertion that matches its hosted copy, on the issuer domain', async () => {
    const { fetch, requests } = web();
    const result = await verifyOb2(hosted, { fetch, now: NOW, recipient: 'alice@example.org' });
    expect(result.errors).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.checks.map((c) => c.id)).toEqual([
      'parse',
      'badge_chain',
      'hosted_match',
      'issuer_domain',
      'revocation',
      'issued',
      'expiry',
      'recipient',
    ]);
    expect(requests).toContain(`${BASE}/revocations.json`);
  });

  it('the hosted copy is authoritative: a differing copy is a warning, 410 Gone is revoked, 404 unknown', async () => {
    const tampered = {
      ...hosted,
      issuedOn: '2020-01-01T00:00:00Z',
      expires: '2099-01-01T00:00:00Z',
    };
    const differs = await verifyOb2(tampered, { fetch: web().fetch, now: NOW });
    expect(differs).toMatchObject({
      result: 'verified',
      warnings: [{ code: 'ob.ob2.hosted_differs' }],
    });
    expect(differs.badge?.issuedOn).toBe(hosted.issuedOn);
    const expiredHere = await verifyOb2(hosted, {
      fetch: web({ [`${BASE}/assertions/1.json`]: { ...hosted, expires: '2025-01-01T00:00:00Z' } })
        .fetch,
      now: NOW,
    });
    expect(failedCodes(expiredHere)).toEqual(['ob.ob2.expired']);
    const gone = web({ [`${BASE}/assertions/1.json`]: undefined });
    const missing = await verifyOb2(hosted, { fetch: gone.fetch, now: NOW });
    expect([missing.result, failedCodes(missing)]).toEqual(['indeterminate', []]);
    const revokedByGone: FetchLike = (url) =>
      url === `${BASE}/assertions/1.json`
        ? Promise.resolve({ ok: false, status: 410, text: () => Promise.resolve('Gone') })
        : web().fetch(url);
    expect(failedCodes(await verifyOb2(hosted, { fetch: revokedByGone, now: NOW }))).toEqual([
      'ob.ob2.revoked',
    ]);
    const flagged = { ...hosted, revoked: true, revocationReason: 'fraude' };
    const result = await verifyOb2(flagged, {
      fetch: web({ [`${BASE}/assertions/1.json`]: flagged }).fetch,
      now: NOW,
    });
    expect(failedCodes(result)).toEqual(['ob.ob2.revoked']);
  });

  it("fails when listed on the issuer's revocation list", async () => {
    const id = `${BASE}/assertions/revoked.json`;
    const listed = { ...hosted, id };
    const result = await verifyOb2(listed, { fetch: web({ [id]: listed }).fetch, now: NOW });
    expect(failedCodes(result)).toEqual(['ob.ob2.revoked']);
  });

  it('fails on another domain, after expiry, before issuance, and for another recipient', async () => {
    const elsewhere = { ...hosted, id: 'https://evil.example.net/1.json' };
    const r1 = await verifyOb2(elsewhere, {
      fetch: web({ 'https://evil.example.net/1.json': elsewhere }).fetch,
      now: NOW,
    });
    expect(failedCodes(r1)).toEqual(['ob.ob2.issuer_domain_mismatch']);
    const r2 = await verifyOb2(hosted, {
      fetch: web().fetch,
      now: new Date('2031-01-01T00:00:00Z'),
      recipient: 'bob@example.org',
    });
    expect(failedCodes(r2)).toEqual(['ob.ob2.expired', 'ob.ob2.recipient_mismatch']);
    const r3 = await verifyOb2(hosted, {
      fetch: web().fetch,
      now: new Date('2024-01-01T00:00:00Z'),
    });
    expect(failedCodes(r3)).toEqual(['ob.ob2.not_yet_issued']);
  });

  it('honours the issuer Profile verification.allowedOrigins', async () => {
    const issuer = {
      ...fixture('issuer.json'),
      verification: { allowedOrigins: 'badges.example.com' },
    };
    const moved = { ...hosted, id: 'https://badges.example.com/a/1.json' };
    const docs = { [`${BASE}/issuer.json`]: issuer, 'https://badges.example.com/a/1.json': moved };
    expect((await verifyOb2(moved, { fetch: web(docs).fetch, now: NOW })).verified).toBe(true);
  });

  it('an unreachable issuer or no fetch at all is indeterminate, never verified nor a throw', async () => {
    const broken = await verifyOb2(hosted, {
      fetch: web({ [`${BASE}/issuer.json`]: undefined }).fetch,
      now: NOW,
    });
    expect(broken.result).toBe('indeterminate');
    expect(broken.checks).toContainEqual(
      expect.objectContaining({
        id: 'badge_chain',
        status: 'indeterminate',
        code: 'ob.ob2.fetch_failed',
      }),
    );
    const offline = await verifyOb2(hosted, { now: NOW });
    expect(offline).toMatchObject({ result: 'indeterminate', verified: false });
    expect(offline.checks.filter((c) => c.status === 'indeterminate').map((c) => c.id)).toEqual([
      'badge_chain',
      'hosted_match',
      'revocation',
    ]);
    const offlineRevoked = await verifyOb2({ ...hosted, revoked: true }, { now: NOW });
    expect(failedCodes(offlineRevoked)).toEqual(['ob.ob2.revoked']);
    const garbage = await verifyOb2(Uint8Array.of(1, 2, 3));
    expect(garbage).toMatchObject({
      verified: false,
      checks: [{ id: 'parse', code: 'ob.bake.malformed_image' }],
    });
  });
});

describe('verifyOb2, signed (JWS)', () => {
  let sign: (assertion: Json) => Promise<string>;
  let otherSign: (assertion: Json) => Promise<string>;
  let keyDoc: Json;
  const signedAssertion: Json = {
    ...hosted,
    id: 'urn:uuid:0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
    verification: { type: 'signed', creator: `${BASE}/key.json` },
  };

  beforeAll(async () => {
    const signer = (key: PrivateKey) => (assertion: Json) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(assertion)))
        .setProtectedHeader({ alg: 'RS256' })
        .sign(key);
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    sign = signer(privateKey);
    otherSign = signer(other.privateKey);
    keyDoc = {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'CryptographicKey',
      id: `${BASE}/key.json`,
      owner: `${BASE}/issuer.json`,
      publicKeyPem: await exportSPKI(publicKey),
    };
  });

  it('verifies a JWS against the issuer key fetched by URL', async () => {
    const jws = await sign(signedAssertion);
    const result = await verifyOb2(jws, {
      fetch: web({ [`${BASE}/key.json`]: keyDoc }).fetch,
      now: NOW,
    });
    expect(result.errors).toEqual([]);
    expect(result.checks.map((c) => c.id)).toEqual([
      'parse',
      'badge_chain',
      'key_owner',
      'signature',
      'revocation',
      'issued',
      'expiry',
    ]);
    expect(result.badge?.jws).toBe(jws);
  });

  it('fails with another key, a key owned by someone else, or a tampered payload', async () => {
    const docs = { [`${BASE}/key.json`]: keyDoc };
    const forged = await otherSign(signedAssertion);
    expect(failedCodes(await verifyOb2(forged, { fetch: web(docs).fetch, now: NOW }))).toEqual([
      'ob.ob2.signature_invalid',
    ]);
    const stolen = {
      [`${BASE}/key.json`]: { ...keyDoc, owner: 'https://evil.example.net/issuer' },
    };
    const r2 = await verifyOb2(await sign(signedAssertion), { fetch: web(stolen).fetch, now: NOW });
    expect(failedCodes(r2)).toEqual(['ob.ob2.key_owner_mismatch']);
    const [h, , s] = (await sign(signedAssertion)).split('.');
    const payload = Buffer.from(
      JSON.stringify({ ...signedAssertion, issuedOn: '2019-01-01' }),
    ).toString('base64url');
    const r3 = await verifyOb2(`${h ?? ''}.${payload}.${s ?? ''}`, {
      fetch: web(docs).fetch,
      now: NOW,
    });
    expect(failedCodes(r3)).toEqual(['ob.ob2.signature_invalid']);
  });

  it('forgery: a key whose owner is the issuer but that the issuer Profile does not list', async () => {
    // The forger hosts a key document claiming the issuer as owner; the issuer's own Profile never lists it.
    const forgedKey = { ...keyDoc, id: 'https://evil.example.net/key.json' };
    const forged = await sign({
      ...signedAssertion,
      verification: { type: 'signed', creator: 'https://evil.example.net/key.json' },
    });
    const result = await verifyOb2(forged, {
      fetch: web({ 'https://evil.example.net/key.json': forgedKey }).fetch,
      now: NOW,
    });
    expect(result.result).toBe('not_verified');
    expect(failedCodes(result)).toEqual(['ob.ob2.key_owner_mismatch']);
  });

  it('forgery: a self-contained assertion embedding its issuer and key is never verified', async () => {
    // Everything in the signed payload: issuer Profile with a publicKey PEM, under the real issuer's id.
    const selfContained = {
      ...signedAssertion,
      badge: {
        ...fixture('badgeclass.json'),
        issuer: {
          ...fixture('issuer.json'),
          publicKey: { ...keyDoc, publicKeyPem: keyDoc.publicKeyPem },
        },
      },
    };
    const [h, , s] = (await otherSign(selfContained)).split('.');
    const token = [h, Buffer.from(JSON.stringify(selfContained)).toString('base64url'), s].join(
      '.',
    );
    const offline = await verifyOb2(await otherSign(selfContained), { now: NOW });
    expect(offline.result).toBe('indeterminate');
    const online = await verifyOb2(await otherSign(selfContained), {
      fetch: web({ [`${BASE}/key.json`]: keyDoc }).fetch,
      now: NOW,
    });
    expect(failedCodes(online)).toEqual(['ob.ob2.signature_invalid']);
    expect(
      (await verifyOb2(token, { fetch: web({ [`${BASE}/key.json`]: keyDoc }).fetch, now: NOW }))
        .verified,
    ).toBe(false);
  });

  it('the issuer Profile must list the key and the key must name the issuer as owner', async () => {
    const unlisted = web({
      [`${BASE}/key.json`]: keyDoc,
      [`${BASE}/issuer.json`]: { ...fixture('issuer.json'), publicKey: [] },
    });
    const r1 = await verifyOb2(await sign(signedAssertion), { fetch: unlisted.fetch, now: NOW });
    expect(failedCodes(r1)).toEqual(['ob.ob2.key_owner_mismatch']);
    const unowned = web({ [`${BASE}/key.json`]: { ...keyDoc, owner: undefined } });
    const r2 = await verifyOb2(await sign(signedAssertion), { fetch: unowned.fetch, now: NOW });
    expect(failedCodes(r2)).toEqual(['ob.ob2.key_owner_mismatch']);
  });

  it('fails when the signed assertion is on the revocation list', async () => {
    const revoked = { ...signedAssertion, id: 'urn:uuid:6c2e1a8e-4d7a-4a44-9d0b-0a7f3f4c2b11' };
    const result = await verifyOb2(await sign(revoked), {
      fetch: web({ [`${BASE}/key.json`]: keyDoc }).fetch,
      now: NOW,
    });
    expect(failedCodes(result)).toEqual(['ob.ob2.revoked']);
  });
});
