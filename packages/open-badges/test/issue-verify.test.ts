import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { SignJWT, base64url } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEndorsementCredential,
  buildProfile,
  createDocumentLoader,
  exportPublicMultikey,
  generateIssuerKey,
  issueCredential,
  rotateIssuerKeys,
  signJwt,
  verify,
  type IssuerKey,
  type VerifyResult,
} from '../src/index.js';
import { fixedClock, sampleCredential } from '../src/test-support/fixtures.js';
import { issuerWeb } from '../src/test-support/issuer.js';

const ISSUER = 'https://territoires.example/issuers/1';
const failedIds = (r: VerifyResult): string[] =>
  r.checks.filter((c) => c.status === 'failed').map((c) => c.id);

let edKey: IssuerKey;
let esKey: IssuerKey;
let rsKey: IssuerKey;
let fetchJson: (url: string) => Promise<unknown>;

beforeAll(async () => {
  edKey = await generateIssuerKey({ controller: ISSUER });
  esKey = await generateIssuerKey({ controller: ISSUER, algorithm: 'ES256' });
  rsKey = await generateIssuerKey({ controller: ISSUER, algorithm: 'RS256' });
  fetchJson = issuerWeb(ISSUER, [edKey, esKey, rsKey]);
});

describe('issued credentials (embedded proof)', () => {
  it('verify with the library, checks in spec order', async () => {
    const signed = await issueCredential(sampleCredential(ISSUER), {
      key: edKey,
      clock: fixedClock,
    });
    const result = await verify(signed, { fetchJson, clock: fixedClock });
    expect(result.errors).toEqual([]);
    expect(result.verified).toBe(true);
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
    expect((await verify(JSON.stringify(signed), { fetchJson, clock: fixedClock })).verified).toBe(
      true,
    );
  });

  it('any single changed field makes them fail', async () => {
    const signed = await issueCredential(sampleCredential(ISSUER), {
      key: edKey,
      clock: fixedClock,
    });
    const mutations: ((c: Record<string, unknown>) => void)[] = [
      (c) => {
        c.name = 'Autre';
      },
      (c) => {
        c.validFrom = '2025-01-16T09:00:00Z';
      },
      (c) => {
        c.id = 'urn:uuid:00000000-0000-4000-8000-000000000000';
      },
      (c) => {
        (c.issuer as Record<string, unknown>).name = 'Faussaire';
      },
      (c) => {
        (c.credentialSubject as Record<string, unknown>).id = 'did:example:someone-else';
      },
      (c) => {
        (c.credentialSubject as { achievement: Record<string, unknown> }).achievement.name =
          'Autre';
      },
      (c) => {
        ((c.evidence as Record<string, unknown>[])[0] ?? {}).narrative = 'x';
      },
      (c) => {
        ((c.proof as Record<string, unknown>[])[0] ?? {}).created = '2025-03-02T10:00:00Z';
      },
    ];
    for (const mutate of mutations) {
      const copy = structuredClone(signed) as Record<string, unknown>;
      mutate(copy);
      const result = await verify(copy, { fetchJson, clock: fixedClock });
      expect(result.verified).toBe(false);
      expect(failedIds(result)).toContain('proof');
    }
  });

  it('verify with digitalbazaar vc.verifyCredential called directly', async () => {
    const signed = await issueCredential(sampleCredential(ISSUER), {
      key: edKey,
      clock: fixedClock,
    });
    const method = exportPublicMultikey(edKey);
    const result = await vc.verifyCredential({
      credential: signed,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader: createDocumentLoader({ documents: { [method.id]: method } }),
      controller: {
        '@context': 'https://www.w3.org/ns/did/v1',
        id: ISSUER,
        assertionMethod: [method.id],
      },
      now: fixedClock(),
    });
    expect(result.verified).toBe(true);
  });

  it('fails when the issuer document does not list the key, or the key belongs to someone else', async () => {
    const signed = await issueCredential(sampleCredential(ISSUER), {
      key: edKey,
      clock: fixedClock,
    });
    const other = await generateIssuerKey({ controller: ISSUER });
    const wrong = await verify(signed, {
      fetchJson: issuerWeb(ISSUER, [other]),
      clock: fixedClock,
    });
    expect(failedIds(wrong)).toEqual(['proof']);
    const stranger = await generateIssuerKey({ controller: 'https://evil.example' });
    const forged = await issueCredential(sampleCredential('https://evil.example'), {
      key: stranger,
      clock: fixedClock,
    });
    const relabelled = { ...forged, issuer: { ...(forged.issuer as object), id: ISSUER } };
    expect((await verify(relabelled, { fetchJson, clock: fixedClock })).verified).toBe(false);
  });

  it('rotation: credentials signed by a retired key still verify', async () => {
    const keys = await rotateIssuerKeys([edKey], { clock: fixedClock });
    expect(keys[0]?.retired).toBeDefined();
    const old = await issueCredential(sampleCredential(ISSUER), { key: edKey, clock: fixedClock });
    const fresh = await issueCredential(sampleCredential(ISSUER, 2), {
      key: keys[1] as IssuerKey,
      clock: fixedClock,
    });
    const web = issuerWeb(ISSUER, keys);
    expect((await verify(old, { fetchJson: web, clock: fixedClock })).verified).toBe(true);
    expect((await verify(fresh, { fetchJson: web, clock: fixedClock })).verified).toBe(true);
  });

  it('did:key issuers verify offline', async () => {
    const key = await generateIssuerKey();
    const signed = await issueCredential(sampleCredential(key.controller), {
      key,
      clock: fixedClock,
    });
    expect((await verify(signed, { clock: fixedClock })).verified).toBe(true);
  });

  it('embedded endorsements are verified', async () => {
    const endorser = 'https://endorser.example';
    const endorserKey = await generateIssuerKey({ controller: endorser });
    const endorsement = await issueCredential(
      buildEndorsementCredential({
        id: 'urn:uuid:e0000000-0000-4000-8000-000000000001',
        issuer: buildProfile({ id: endorser, name: 'Région' }),
        validFrom: '2025-01-01T00:00:00Z',
        name: 'Soutien',
        subjectId: ISSUER,
        endorsementComment: 'Structure reconnue',
      }),
      { key: endorserKey, clock: fixedClock },
    );
    const signed = await issueCredential(
      { ...sampleCredential(ISSUER), endorsement: [endorsement] },
      { key: edKey, clock: fixedClock },
    );
    const web = issuerWeb(ISSUER, [edKey], {
      [endorser]: await issuerWeb(endorser, [endorserKey])(endorser),
    });
    const result = await verify(signed, { fetchJson: web, clock: fixedClock });
    expect(result.checks.find((c) => c.id === 'endorsements')?.status).toBe('passed');
    const broken = await issueCredential(
      { ...sampleCredential(ISSUER), endorsement: [{ ...endorsement, name: 'Falsifié' }] },
      { key: edKey, clock: fixedClock },
    );
    expect(failedIds(await verify(broken, { fetchJson: web, clock: fixedClock }))).toEqual([
      'endorsements',
    ]);
  });

  it('recipient identity is checked when asked', async () => {
    const signed = await issueCredential(sampleCredential(ISSUER), {
      key: edKey,
      clock: fixedClock,
    });
    const ok = await verify(signed, {
      fetchJson,
      clock: fixedClock,
      recipient: { id: 'did:example:learner-42' },
    });
    expect(ok.checks.find((c) => c.id === 'subject')?.status).toBe('passed');
    const ko = await verify(signed, {
      fetchJson,
      clock: fixedClock,
      recipient: { id: 'did:example:other' },
    });
    expect(failedIds(ko)).toEqual(['subject']);
  });

  it('validity dates use the injected clock and skew', async () => {
    // Signed before validFrom, so that the proof was not created in the future of the early clock below.
    const signed = await issueCredential(
      { ...sampleCredential(ISSUER), validUntil: '2025-02-01T00:00:00Z' },
      { key: edKey, clock: () => new Date('2025-01-15T08:50:00Z') },
    );
    expect(failedIds(await verify(signed, { fetchJson, clock: fixedClock }))).toEqual([
      'validUntil',
    ]);
    const early = () => new Date('2025-01-15T08:58:00Z');
    expect(failedIds(await verify(signed, { fetchJson, clock: early, skewSeconds: 60 }))).toEqual([
      'validFrom',
    ]);
    expect(await verify(signed, { fetchJson, clock: early, skewSeconds: 300 })).toMatchObject({
      verified: true,
    });
  });
});

describe('VC-JWT', () => {
  it.each(['ES256', 'RS256'] as const)(
    '%s: header and claims per OB 3.0, verifies',
    async (alg) => {
      const key = alg === 'ES256' ? esKey : rsKey;
      const token = await signJwt(
        { ...sampleCredential(ISSUER), validUntil: '2026-01-01T00:00:00Z' },
        { key, clock: fixedClock },
      );
      const [header, payload] = token
        .split('.')
        .slice(0, 2)
        .map(
          (p) =>
            JSON.parse(new TextDecoder().decode(base64url.decode(p))) as Record<string, unknown>,
        );
      expect(header).toMatchObject({ alg, kid: key.id });
      expect(payload).toMatchObject({
        iss: ISSUER,
        jti: sampleCredential(ISSUER).id,
        sub: 'did:example:learner-42',
        nbf: 1736931600,
        exp: 1767225600,
      });
      const result = await verify(token, { fetchJson, clock: fixedClock });
      expect(result.errors).toEqual([]);
      expect(result.format).toBe('jwt');
      const tampered = `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
      expect(failedIds(await verify(tampered, { fetchJson, clock: fixedClock }))).toContain(
        'proof',
      );
    },
  );

  it('rejects alg none and unexpected algorithms', async () => {
    const payload = { ...sampleCredential(ISSUER), iss: ISSUER };
    const none = `${base64url.encode(JSON.stringify({ alg: 'none', kid: esKey.id }))}.${base64url.encode(JSON.stringify(payload))}.`;
    const result = await verify(none, { fetchJson, clock: fixedClock });
    expect(failedIds(result)).toEqual(['proof']);
    const hs = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256', kid: esKey.id })
      .sign(new Uint8Array(32));
    expect(failedIds(await verify(hs, { fetchJson, clock: fixedClock }))).toEqual(['proof']);
  });

  it('rejects an embedded jwk unless trusted, and a key of the wrong issuer', async () => {
    const token = await signJwt(sampleCredential(ISSUER), { key: esKey, clock: fixedClock });
    const elsewhere = await verify(token, {
      fetchJson: issuerWeb(ISSUER, [rsKey]),
      clock: fixedClock,
    });
    expect(failedIds(elsewhere)).toEqual(['proof']);
  });
});
