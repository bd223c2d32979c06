// Issue 15, keys and suites: ecdsa-rdfc-2019 with P-256 (signed by the library, checked by digitalbazaar directly
// and the other way round), did:key P-256 / P-384, did:jwk, and a kid that dereferences to a JWK or a JWK Set
// served by a real local HTTP server through the library's fetch policy.
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { CompactSign, importJWK } from 'jose';
import jsigs from 'jsonld-signatures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDocumentLoader,
  createFetchJson,
  didJwkFromJwk,
  generateIssuerKey,
  issueCredential,
  jwkToMultibase,
  multibaseToJwk,
  resolveDidJwk,
  resolveDidKey,
  signJwt,
  verify,
} from '../src/index.js';
import { fixedClock, sampleCredential } from '../src/test-support/fixtures.js';
import { issuerWeb } from '../src/test-support/issuer.js';

const ISSUER = 'https://territoires.example/issuers/p256';
const ecJwk = (curve: 'P-256' | 'P-384') =>
  generateKeyPairSync('ec', { namedCurve: curve }).publicKey.export({ format: 'jwk' }) as Record<
    string,
    string
  >;

describe('did:key and did:jwk, resolved offline', () => {
  it('did:key P-256 and P-384: the multibase digitalbazaar derives resolves to the same public key', async () => {
    for (const curve of ['P-256', 'P-384'] as const) {
      const pair = await EcdsaMultikey.generate({ curve });
      const { method, document } = resolveDidKey(`did:key:${pair.publicKeyMultibase}`);
      expect(method.publicKeyMultibase).toBe(pair.publicKeyMultibase);
      expect(document.authentication).toEqual([method.id]);
      const jwk = multibaseToJwk(pair.publicKeyMultibase);
      expect(jwk).toMatchObject({ kty: 'EC', crv: curve });
      expect(jwkToMultibase(jwk)).toBe(pair.publicKeyMultibase);
    }
    expect(() => resolveDidKey('did:key:zDnaeNotAKey')).toThrow();
  });

  it('did:jwk: #0 is the JWK itself; private keys and other fragments are refused', () => {
    const jwk = ecJwk('P-256');
    const did = `did:jwk:${Buffer.from(JSON.stringify(jwk)).toString('base64url')}`;
    expect(didJwkFromJwk({ ...jwk, d: 'secret' })).toBe(did);
    const { method } = resolveDidJwk(`${did}#0`);
    expect(method).toMatchObject({
      id: `${did}#0`,
      controller: did,
      type: 'JsonWebKey',
      publicKeyJwk: jwk,
    });
    expect(method.publicKeyMultibase).toBe(jwkToMultibase(jwk));
    const withPrivate = `did:jwk:${Buffer.from(JSON.stringify({ ...jwk, d: 'x' })).toString('base64url')}`;
    expect(() => resolveDidJwk(withPrivate)).toThrow(/private/);
    expect(() => resolveDidJwk(`${did}#1`)).toThrow(/fragment/);
  });
});

describe('ecdsa-rdfc-2019 with P-256', () => {
  it('the library signs with a P-256 key; digitalbazaar (ecdsa-multikey + cryptosuite) verifies it directly', async () => {
    const key = await generateIssuerKey({ controller: ISSUER, algorithm: 'ES256' });
    const signed = await issueCredential(sampleCredential(ISSUER), { key, clock: fixedClock });
    expect(signed.proof[0]).toMatchObject({
      cryptosuite: 'ecdsa-rdfc-2019',
      verificationMethod: key.id,
    });
    const method = {
      '@context': 'https://w3id.org/security/multikey/v1',
      id: key.id,
      type: 'Multikey',
      controller: ISSUER,
      publicKeyMultibase: key.publicKeyMultibase,
    };
    await EcdsaMultikey.from(method);
    const result = await jsigs.verify(
      { ...signed, proof: signed.proof[0] },
      {
        suite: new DataIntegrityProof({ cryptosuite: ecdsaRdfc2019 }),
        purpose: new jsigs.purposes.AssertionProofPurpose({
          controller: {
            '@context': 'https://www.w3.org/ns/did/v1',
            id: ISSUER,
            assertionMethod: [key.id],
          },
        }),
        documentLoader: createDocumentLoader({ documents: { [key.id]: method } }),
      },
    );
    expect(result.verified).toBe(true);
    const mine = await verify(signed, { fetchJson: issuerWeb(ISSUER, [key]), clock: fixedClock });
    expect(mine.result).toBe('verified');
    const tampered = await verify(
      { ...signed, name: 'Autre' },
      { fetchJson: issuerWeb(ISSUER, [key]), clock: fixedClock },
    );
    expect(tampered.result).toBe('not_verified');
  });

  it('a P-256 key that is its own did:key signs an embedded proof and a VC-JWT, both verified offline', async () => {
    const key = await generateIssuerKey({ algorithm: 'ES256' });
    const embedded = await issueCredential(sampleCredential(key.controller), {
      key,
      clock: fixedClock,
    });
    expect((await verify(embedded, { clock: fixedClock })).result).toBe('verified');
    const token = await signJwt(sampleCredential(key.controller), { key });
    expect((await verify(token, { clock: fixedClock })).result).toBe('verified');
  });

  it('RSA keys sign VC-JWTs only: an embedded proof with one is refused', async () => {
    const key = await generateIssuerKey({ controller: ISSUER, algorithm: 'RS256' });
    await expect(issueCredential(sampleCredential(ISSUER), { key })).rejects.toMatchObject({
      code: 'ob.key_unsupported',
    });
  });
});

describe('a kid that dereferences to a JWK or a JWK Set (real local HTTP server)', () => {
  let server: Server;
  let origin = '';
  const k1 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const k2 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicJwk = (pair: typeof k1) =>
    pair.publicKey.export({ format: 'jwk' }) as Record<string, string>;
  const routes: Record<string, unknown> = {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = routes[req.url ?? ''];
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    routes['/jwks.json'] = {
      keys: [
        { ...publicJwk(k1), kid: 'k1', use: 'sig' },
        { ...publicJwk(k2), kid: 'k2' },
      ],
    };
    routes['/k2.json'] = { ...publicJwk(k2), kid: 'k2' };
    routes['/private.json'] = { ...(k1.privateKey.export({ format: 'jwk' }) as object), kid: 'p' };
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  );

  async function jwt(kid: string, key: typeof k1, issuer = `${origin}/issuer`): Promise<string> {
    const credential = {
      ...sampleCredential(issuer),
      issuer: { id: issuer, type: ['Profile'], name: 'Issuer' },
    };
    const payload = {
      ...credential,
      iss: issuer,
      jti: credential.id,
      sub: credential.credentialSubject.id,
      nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    };
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .sign(
        await importJWK(
          key.privateKey.export({ format: 'jwk' }) as Record<string, string>,
          'ES256',
        ),
      );
  }
  const check = async (token: string) => {
    const { fetchJson } = createFetchJson({ allowLoopback: true });
    const result = await verify(token, { fetchJson, clock: fixedClock });
    return { result: result.result, proof: result.checks.find((c) => c.id === 'proof') };
  };

  it("a kid naming a key of the issuer's JWK Set verifies; the other key of the set does not", async () => {
    expect((await check(await jwt(`${origin}/jwks.json#k1`, k1))).result).toBe('verified');
    const wrong = await check(await jwt(`${origin}/jwks.json#k1`, k2));
    expect(wrong).toMatchObject({
      result: 'not_verified',
      proof: { code: 'ob.proof.signature_invalid' },
    });
  });

  it('a kid that is the URL of a bare JWK verifies', async () => {
    expect((await check(await jwt(`${origin}/k2.json`, k2))).result).toBe('verified');
  });

  it("a JWK Set on another origin than the issuer is not the issuer's; a missing kid or a private JWK fails", async () => {
    const elsewhere = await check(
      await jwt(`${origin}/jwks.json#k1`, k1, 'https://other.example/issuer'),
    );
    expect(elsewhere.proof?.code).toBe('ob.proof.not_by_issuer');
    expect((await check(await jwt(`${origin}/jwks.json#k9`, k1))).proof?.code).toBe(
      'ob.proof.key_not_found',
    );
    expect((await check(await jwt(`${origin}/private.json`, k1))).proof?.code).toBe(
      'ob.proof.key_not_authorized',
    );
    expect((await check(await jwt(`${origin}/absent.json#k1`, k1))).result).toBe('indeterminate');
  });
});
