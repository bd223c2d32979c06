// OB 3.0 verification items that need a chosen clock, a caller's loader or a third-party verifier. Credentials are
// signed here with digitalbazaar directly (never with the library under test) unless the library's own output is
// what is being checked (issuer Profile, key rules).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { describe, expect, it } from 'vitest';
import {
  buildIssuerProfile,
  buildProfile,
  createDocumentLoader,
  generateIssuerKey,
  issueCredential,
  issueStatusListCredential,
  createStatusList,
  revokeIssuerKey,
  rotateIssuerKeys,
  verify,
  type DocumentLoader,
} from '../src/index.js';
import { checkJsonLdSafeMode } from '../src/schema/safe-mode.js';
import { resolveOptions } from '../src/verify/options.js';
import { checkStatus } from '../src/verify/status.js';
import { fixedClock, sampleCredential } from '../src/test-support/fixtures.js';

const VC2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const contexts = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../contexts/${file}`, import.meta.url), 'utf8'));

/** A loader for signing in these tests: the published context files read as data, plus `extra`. */
function signingLoader(extra: Record<string, unknown> = {}): DocumentLoader {
  const files: Record<string, string> = {
    [VC2]: 'credentials-v2.jsonld',
    [OB3]: 'context-3.0.3-errata.json',
    'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
    'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': 'extensions.json',
  };
  return (url) => {
    const document = extra[url] ?? (files[url] ? contexts(files[url]) : undefined);
    if (document === undefined) return Promise.reject(new Error(`unknown ${url}`));
    return Promise.resolve({ contextUrl: null, documentUrl: url, document });
  };
}

async function didKeyPair(): Promise<Awaited<ReturnType<typeof Ed25519Multikey.generate>>> {
  const pair = await Ed25519Multikey.generate();
  pair.controller = `did:key:${pair.publicKeyMultibase}`;
  pair.id = `${pair.controller}#${pair.publicKeyMultibase}`;
  return pair;
}

async function signWithDigitalbazaar(
  credential: Record<string, unknown>,
  created: string,
  loader: DocumentLoader = signingLoader(),
): Promise<Record<string, unknown>> {
  const pair = await didKeyPair();
  const withIssuer = {
    ...credential,
    issuer: { id: pair.controller, type: ['Profile'], name: 'Issuer' },
  };
  const suite = new DataIntegrityProof({ signer: pair.signer(), date: created, cryptosuite });
  return vc.issue({ credential: withIssuer, suite, documentLoader: loader });
}

describe('proof creation time', () => {
  it('a proof created up to 5 minutes in the future of the clock passes; later fails', async () => {
    const now = new Date('2025-03-01T10:00:00Z');
    const credential = {
      ...sampleCredential('did:example:replaced'),
      validFrom: '2025-03-01T09:00:00Z',
    };
    const soon = await signWithDigitalbazaar(credential, '2025-03-01T10:04:00Z');
    const later = await signWithDigitalbazaar(credential, '2025-03-01T10:06:00Z');
    expect((await verify(soon, { clock: () => now })).result).toBe('verified');
    const refused = await verify(later, { clock: () => now });
    expect(refused.checks.find((c) => c.id === 'proof')).toMatchObject({
      status: 'failed',
      code: 'ob.proof.created_in_future',
    });
  });
});

describe('contexts', () => {
  it('both published copies of the 3.0.3 context are bundled; the errata one reads endorsementJwt', async () => {
    const credential = {
      ...sampleCredential('did:example:x'),
      endorsementJwt: ['eyJhbGciOiJFUzI1NiJ9.e30.c2ln'],
    };
    const signed = await signWithDigitalbazaar(credential, '2025-01-15T09:00:00Z');
    const result = await verify(signed, { clock: fixedClock });
    expect(result.checks.find((c) => c.id === 'proof')?.status).toBe('passed');
    // With the first copy, endorsementJwt is no term at all: safe mode refuses it.
    const firstCopy = createDocumentLoader({
      documents: { [OB3]: contexts('context-3.0.3.json') },
    });
    expect((await checkJsonLdSafeMode(signed, firstCopy))[0]?.field).toBe('endorsementJwt');
  });

  it("a caller's loader may allow a context by URL, pinned to its hash, fetched once", async () => {
    const url = 'https://contexts.example/local-v1.json';
    const context = { '@context': { localNote: 'https://contexts.example/vocab#localNote' } };
    const text = JSON.stringify(context);
    let fetched = 0;
    const fetchText = (asked: string): Promise<string> => {
      fetched += 1;
      return asked === url ? Promise.resolve(text) : Promise.reject(new Error('404'));
    };
    const pin = createHash('sha256').update(text).digest('hex');
    const documentLoader = createDocumentLoader({
      allow: [url],
      pinned: { [url]: pin },
      fetchText,
    });
    const credential = { ...sampleCredential('did:example:x'), localNote: 'fête de quartier' };
    credential['@context'] = [...credential['@context'], url];
    const signed = await signWithDigitalbazaar(
      credential,
      '2025-01-15T09:00:00Z',
      signingLoader({ [url]: context }),
    );
    expect(await verify(signed, { clock: fixedClock })).toMatchObject({ result: 'not_verified' });
    expect(await verify(signed, { clock: fixedClock, documentLoader })).toMatchObject({
      result: 'verified',
    });
    expect(fetched).toBe(1);
    const wrongPin = createDocumentLoader({
      allow: [url],
      pinned: { [url]: '00'.repeat(32) },
      fetchText,
    });
    expect((await verify(signed, { clock: fixedClock, documentLoader: wrongPin })).result).toBe(
      'not_verified',
    );
  });
});

describe('the issuer Profile built by the library', () => {
  it('lets digitalbazaar verify credentials of an https issuer from the Profile alone', async () => {
    const issuer = 'https://territoires.example/issuers/7';
    const key = await generateIssuerKey({ controller: issuer });
    const profile = buildIssuerProfile(buildProfile({ id: issuer, name: 'Mission locale' }), [key]);
    const signed = await issueCredential(sampleCredential(issuer), { key, clock: fixedClock });
    const method = (profile.verificationMethod as Record<string, unknown>[])[0] ?? {};
    // What a resolver does for `<profile>#<fragment>`: the node of the Profile, in the Profile's contexts.
    const loader = createDocumentLoader({
      documents: { [issuer]: profile, [key.id]: { '@context': profile['@context'], ...method } },
    });
    const result = await vc.verifyCredential({
      credential: signed,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: loader,
      now: fixedClock(),
    });
    expect(result.verified).toBe(true);
    expect(profile['@context']).toEqual(
      expect.arrayContaining([
        'https://www.w3.org/ns/did/v1',
        'https://w3id.org/security/multikey/v1',
      ]),
    );
  });
});

describe('key lifecycle', () => {
  it('a retired key no longer signs, its old signatures still verify; a revoked key fails every signature', async () => {
    const issuer = 'https://territoires.example/issuers/8';
    const first = await generateIssuerKey({ controller: issuer });
    const old = await issueCredential(sampleCredential(issuer), { key: first, clock: fixedClock });
    const rotated = await rotateIssuerKeys([first], { clock: fixedClock });
    const retired = rotated[0] ?? first;
    await expect(issueCredential(sampleCredential(issuer), { key: retired })).rejects.toMatchObject(
      { code: 'ob.key_retired' },
    );
    await expect(
      issueStatusListCredential(
        createStatusList({ id: 'https://t.example/s', purpose: 'revocation' }),
        { key: retired },
      ),
    ).rejects.toMatchObject({ code: 'ob.key_retired' });
    const served = (keys: typeof rotated) => (url: string) =>
      url === issuer
        ? Promise.resolve(buildIssuerProfile(buildProfile({ id: issuer, name: 'x' }), keys))
        : Promise.reject(new Error('404'));
    expect((await verify(old, { fetchJson: served(rotated), clock: fixedClock })).result).toBe(
      'verified',
    );
    const revoked = revokeIssuerKey(rotated, first.id, { clock: fixedClock });
    const profile = buildIssuerProfile(buildProfile({ id: issuer, name: 'x' }), revoked);
    expect(profile.assertionMethod).toEqual([rotated[1]?.id]);
    const refused = await verify(old, { fetchJson: served(revoked), clock: fixedClock });
    expect(refused.checks.find((c) => c.id === 'proof')).toMatchObject({
      status: 'failed',
      code: 'ob.proof.key_revoked',
    });
    await expect(
      issueCredential(sampleCredential(issuer), { key: revoked[0] ?? first }),
    ).rejects.toMatchObject({
      code: 'ob.key_revoked',
    });
  });
});

describe('status entries', () => {
  it('every entry is checked: an unsupported first entry does not hide a revoked second one', async () => {
    const fixtures = new URL('fixtures/independent/', import.meta.url);
    const credential = JSON.parse(
      readFileSync(new URL('status-unsupported-then-revoked.json', fixtures), 'utf8'),
    ) as Record<string, unknown>;
    const web = JSON.parse(readFileSync(new URL('web.json', fixtures), 'utf8')) as Record<
      string,
      { json?: unknown }
    >;
    const fetchJson = (url: string): Promise<unknown> =>
      web[url]?.json !== undefined
        ? Promise.resolve(web[url].json)
        : Promise.reject(new Error('404'));
    const check = await checkStatus(credential, resolveOptions({ fetchJson }));
    expect(check).toMatchObject({ status: 'failed', code: 'ob.status.revoked' });
    const offline = await checkStatus(credential, resolveOptions({}));
    expect(offline.status).toBe('indeterminate');
  });
});
