// The README's usage examples, run as written (same functions, same arguments); only the values the README elides
// (`…`) are filled in and the "serve at URL" comments become an in-memory fetchJson.
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  activeKey,
  allocateStatusEntry,
  bakePng,
  bakeSvg,
  buildAchievement,
  buildAchievementSubject,
  buildCredential,
  buildDidWebDocument,
  buildIssuerProfile,
  buildProfile,
  createStatusList,
  didJwkFromJwk,
  didWebToUrl,
  exportPublicJwk,
  exportPublicMultikey,
  generateIssuerKey,
  issueCredential,
  issueStatusListCredential,
  ob2ToOb3,
  parseKeyFile,
  resolveDidJwk,
  resolveDidKey,
  revoke,
  revokeIssuerKey,
  rotateIssuerKeys,
  serializeKeyFile,
  signJwt,
  unbake,
  verify,
  verifyClr,
  verifyOb2,
  verifyPresentation,
  type FetchLike,
} from './index.js';

const ISSUER = 'https://territoires.example/issuers/1';
const dir = mkdtempSync(join(tmpdir(), 'open-badges-readme-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const imageBytes = new Uint8Array(
  readFileSync(new URL('../test/fixtures/baked/noise-50k.png', import.meta.url)),
);
const clock = (): Date => new Date('2025-03-01T10:00:00Z');

/** "serve at URL": the documents the README says to publish, as the injected fetchJson. */
function served(documents: Record<string, unknown>): (url: string) => Promise<unknown> {
  return (url) =>
    url in documents ? Promise.resolve(documents[url]) : Promise.reject(new Error(`404 ${url}`));
}

async function issueExample() {
  const key = await generateIssuerKey({ controller: ISSUER }); // Ed25519; 'ES256' | 'RS256' for VC-JWT
  await writeFile(join(dir, 'issuer.key.json'), serializeKeyFile(key), { mode: 0o600 });
  const text = await readFile(join(dir, 'issuer.key.json'), 'utf8');
  const unsigned = buildCredential({
    id: 'urn:uuid:7e1f3a52-8c2b-4d0e-9f61-2a3b4c5d6e7f',
    issuer: buildProfile({ id: ISSUER, name: 'Mission locale' }), // issuer.id must be the key's controller
    validFrom: '2025-01-15T09:00:00Z',
    name: 'Accueil et orientation',
    credentialSubject: buildAchievementSubject({
      identifier: [{ identityType: 'emailAddress', value: 'camille@example.org' }], // hashed + salted
      achievement: buildAchievement({
        id: 'https://territoires.example/achievements/accueil',
        name: 'Accueil et orientation',
        description: 'Savoir présenter son parcours.',
        criteria: { narrative: 'Trois ateliers et un entretien.' },
      }),
    }),
  });
  const signed = await issueCredential(unsigned, {
    key: parseKeyFile(text),
    clock: () => new Date(),
  });
  return { key, unsigned, signed };
}

describe('README examples', () => {
  it('Issue a credential, then Verify it (with the recipient)', async () => {
    const { key, signed } = await issueExample();
    expect(signed.proof[0]).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
    });
    const profile = buildIssuerProfile(buildProfile({ id: ISSUER, name: 'Mission locale' }), [key]);
    const input = signed;
    const result = await verify(input, {
      fetchJson: served({ [ISSUER]: profile }),
      clock: () => new Date(),
      skewSeconds: 300,
      recipient: { identityType: 'emailAddress', value: 'camille@example.org' },
    });
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ verified: true, format: 'json', credential: signed });
    expect(result.checks.map((c) => c.id)).toEqual([
      'format',
      'context',
      'type',
      'schema',
      'subject',
      'proof',
      'refresh',
      'status',
      'validFrom',
      'validUntil',
      'termsOfUse',
      'endorsements',
    ]);
  });

  it('VC-JWT', async () => {
    const { unsigned } = await issueExample();
    const jwtKey = await generateIssuerKey({ controller: ISSUER, algorithm: 'ES256' });
    const token = await signJwt(unsigned, { key: jwtKey });
    const header = JSON.parse(
      Buffer.from(token.split('.')[0] ?? '', 'base64url').toString(),
    ) as unknown;
    expect(header).toEqual({ alg: 'ES256', kid: jwtKey.id, typ: 'JWT' });
    expect(jwtKey.id).toBe(`${ISSUER}#${jwtKey.publicKeyMultibase ?? ''}`);
    const profile = buildIssuerProfile(buildProfile({ id: ISSUER, name: 'Mission locale' }), [
      jwtKey,
    ]);
    expect(await verify(token, { fetchJson: served({ [ISSUER]: profile }) })).toMatchObject({
      verified: true,
      format: 'jwt',
    });
  });

  it('Keys, issuer profile, did:web, rotation', async () => {
    const keys = [await generateIssuerKey({ controller: ISSUER })];
    const { signed: old } = await issueWith(keys[0]);
    const profile = buildIssuerProfile(buildProfile({ id: ISSUER, name: 'Mission locale' }), keys); // serve at ISSUER
    expect(profile.assertionMethod).toEqual([keys[0]?.id]);
    const did = 'did:web:territoires.example';
    const didKeys = [await generateIssuerKey({ controller: did })];
    const didDoc = buildDidWebDocument(did, didKeys); // serve at didWebToUrl(did)
    expect(didWebToUrl(did)).toBe('https://territoires.example/.well-known/did.json');
    expect(didDoc.id).toBe(did);
    const rotated = await rotateIssuerKeys(keys); // old keys get `retired`, stay listed, still verify
    const signingKey = activeKey(rotated);
    expect(signingKey?.id).not.toBe(keys[0]?.id);
    expect(rotated[0]?.retired).toBeDefined();
    const rotatedProfile = buildIssuerProfile(
      buildProfile({ id: ISSUER, name: 'Mission locale' }),
      rotated,
    );
    expect((await verify(old, { fetchJson: served({ [ISSUER]: rotatedProfile }) })).verified).toBe(
      true,
    );
    const compromised = revokeIssuerKey(rotated, keys[0]?.id ?? ''); // listed with `revoked`: every signature fails
    const revokedProfile = buildIssuerProfile(
      buildProfile({ id: ISSUER, name: 'Mission locale' }),
      compromised,
    );
    expect((await verify(old, { fetchJson: served({ [ISSUER]: revokedProfile }) })).result).toBe(
      'not_verified',
    );
    const key = keys[0];
    if (!key) throw new Error('no key');
    expect(exportPublicMultikey(key)).toMatchObject({ type: 'Multikey', id: key.id });
    expect(exportPublicJwk(key)).toMatchObject({ ...key.publicKeyJwk, kid: key.id });
    expect(exportPublicJwk(key)).not.toHaveProperty('d');
    const ownDid = await generateIssuerKey(); // its own did:key
    expect(resolveDidKey(ownDid.controller).method.controller).toBe(ownDid.controller); // did:key is resolved offline
  });

  it('Status (W3C BitstringStatusList)', async () => {
    const { key, unsigned } = await issueExample();
    let list = createStatusList({
      id: 'https://territoires.example/status/1',
      purpose: 'revocation',
    });
    const { entry, list: next } = allocateStatusEntry(list); // persist `next`
    const signed = await issueCredential({ ...unsigned, credentialStatus: entry }, { key });
    const profile = buildIssuerProfile(buildProfile({ id: ISSUER, name: 'Mission locale' }), [key]);
    const before = await issueStatusListCredential(next, { key }); // serve at list.id
    const fetchBefore = served({ [ISSUER]: profile, [list.id]: before });
    expect((await verify(signed, { fetchJson: fetchBefore })).verified).toBe(true);
    list = revoke(next, Number(entry.statusListIndex)); // or suspend / unsuspend on a suspension list
    const listCredential = await issueStatusListCredential(list, { key }); // serve at list.id
    const revoked = await verify(signed, {
      fetchJson: served({ [ISSUER]: profile, [list.id]: listCredential }),
    });
    expect(revoked.verified).toBe(false);
    expect(revoked.checks.find((c) => c.id === 'status')?.status).toBe('failed');
  });

  it('Baking', async () => {
    const { signed: signedCredential, unsigned } = await issueExample();
    const png = bakePng(imageBytes, signedCredential); // one uncompressed iTXt `openbadgecredential` chunk
    const jwtKey = await generateIssuerKey({ controller: ISSUER, algorithm: 'ES256' });
    const compactJws = await signJwt(unsigned, { key: jwtKey });
    const svgText = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    const svg = bakeSvg(svgText, compactJws); // <openbadges:credential verify="…"/>
    const { kind, version, payload } = unbake(png); // 'png' | 'svg', '3.0' | '2.0', text exactly as embedded
    expect({ kind, version }).toEqual({ kind: 'png', version: '3.0' });
    expect(JSON.parse(payload)).toEqual(signedCredential);
    expect(unbake(new TextEncoder().encode(svg)).payload).toBe(compactJws);
    const assertion = {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: 'https://x.example/a/1',
    };
    expect(unbake(bakePng(imageBytes, assertion, { version: '2.0' })).version).toBe('2.0'); // OB 2.0
  });

  it('Open Badges 2.0 (verifyOb2, or verify with a fetch)', async () => {
    const fixture = (name: string): unknown =>
      JSON.parse(readFileSync(new URL(`../test/fixtures/ob2/${name}`, import.meta.url), 'utf8'));
    const docs: Record<string, unknown> = {
      'https://issuer.example.org/issuer.json': fixture('issuer.json'),
      'https://issuer.example.org/badges/cooking.json': fixture('badgeclass.json'),
      'https://issuer.example.org/assertions/1.json': fixture('assertion-hosted.json'),
      'https://issuer.example.org/revocations.json': fixture('revocations.json'),
    };
    const fetch: FetchLike = (url) =>
      Promise.resolve({
        ok: url in docs,
        status: url in docs ? 200 : 404,
        text: () => Promise.resolve(JSON.stringify(docs[url])),
      });
    const input = 'https://issuer.example.org/assertions/1.json';
    const now = new Date('2025-06-01T00:00:00Z');
    const result = await verifyOb2(input, { fetch, now, recipient: 'alice@example.org' });
    expect(result).toMatchObject({ version: '2.0', verified: true });
    const baked = bakePng(imageBytes, input, { version: '2.0' });
    expect(await verify(baked, { fetch, clock: () => now })).toMatchObject({
      version: '2.0',
      verified: true,
    });
    const refused = await verify(baked);
    expect(refused.checks[0]?.message).toContain('Open Badges 2.0');
  });
});

const independent = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../test/fixtures/independent/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('README examples, issue 15', () => {
  it('ECDSA, did:key P-256, did:jwk, JWK Sets', async () => {
    const { unsigned } = await issueExample();
    const p256 = await generateIssuerKey({ controller: ISSUER, algorithm: 'ES256' });
    const signed = await issueCredential(unsigned, { key: p256 }); // ecdsa-rdfc-2019
    expect(signed.proof[0]).toMatchObject({ cryptosuite: 'ecdsa-rdfc-2019' });
    const profile = buildIssuerProfile(buildProfile({ id: ISSUER, name: 'Mission locale' }), [
      p256,
    ]);
    expect((await verify(signed, { fetchJson: served({ [ISSUER]: profile }) })).result).toBe(
      'verified',
    );
    const resolved = resolveDidKey(`did:key:${p256.publicKeyMultibase ?? ''}`); // P-256 did:key offline
    expect(resolved.method.publicKeyMultibase).toBe(p256.publicKeyMultibase);
    const did = didJwkFromJwk(p256.publicKeyJwk); // did:jwk:… resolves offline, its key is `#0`
    expect(resolveDidJwk(`${did}#0`).method.publicKeyJwk).toEqual(p256.publicKeyJwk);
  });

  it('Comprehensive Learner Record 2.0', async () => {
    const clrCredential = independent('clr-valid');
    const fetchJson = served({});
    const clr = await verifyClr(clrCredential, { fetchJson, clock: () => new Date() });
    expect(clr).toMatchObject({
      version: 'clr-2.0',
      result: 'verified',
      credential: clrCredential,
    });
    expect(clr.checks.map((c) => c.id).slice(-2)).toEqual(['credentials', 'associations']);
    expect(clr.credentials).toHaveLength(2);
  });

  it('Verifiable presentations', async () => {
    const presentation = independent('vp-valid');
    const fetchJson = served({});
    const vp = await verifyPresentation(presentation, {
      challenge: 'c-4f1d2e9a', // the nonce the verifier gave the holder
      domain: 'https://verifier.example',
      fetchJson, // for the held credentials' issuers (and a holder's did:web)
    });
    expect(vp).toMatchObject({ version: 'presentation', result: 'verified' });
    expect(vp.checks.map((c) => c.id)).toEqual([
      'format',
      'context',
      'type',
      'challenge',
      'domain',
      'proof',
      'credentials',
    ]);
  });

  it('Importing an OB 2.0 badge as OB 3.0 data', async () => {
    const fixture = (name: string): unknown =>
      JSON.parse(readFileSync(new URL(`../test/fixtures/ob2/${name}`, import.meta.url), 'utf8'));
    const docs: Record<string, unknown> = {
      'https://issuer.example.org/issuer.json': fixture('issuer.json'),
      'https://issuer.example.org/badges/cooking.json': fixture('badgeclass.json'),
      'https://issuer.example.org/assertions/1.json': fixture('assertion-hosted.json'),
      'https://issuer.example.org/revocations.json': fixture('revocations.json'),
    };
    const fetch: FetchLike = (url) =>
      Promise.resolve({
        ok: url in docs,
        status: url in docs ? 200 : 404,
        text: () => Promise.resolve(JSON.stringify(docs[url])),
      });
    const input = 'https://issuer.example.org/assertions/1.json';
    const ob2 = await verifyOb2(input, { fetch, now: new Date('2025-06-01T00:00:00Z') });
    const { achievement, issuer, identifier, validFrom, evidence, original } = ob2ToOb3(ob2);
    expect(achievement).toMatchObject({ id: 'https://issuer.example.org/badges/cooking.json' });
    expect(issuer.id).toBe('https://issuer.example.org/issuer.json');
    expect(identifier).toMatchObject({
      hashed: true,
      identityType: 'emailAddress',
      salt: 'deadsea',
    });
    expect(validFrom).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(evidence[0]).toMatchObject({ id: input, genre: 'Open Badges 2.0 assertion' });
    expect(original).toMatchObject({ id: input, verification: 'hosted' });
  });
});

async function issueWith(key: Awaited<ReturnType<typeof generateIssuerKey>> | undefined) {
  if (!key) throw new Error('no key');
  const { unsigned } = await issueExample();
  return { signed: await issueCredential(unsigned, { key, clock }) };
}
