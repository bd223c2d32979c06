// The measured operations, shared by the main thread and the workers. Library calls and the same work done with the
// bare digitalbazaar / jose libraries, on the same realistic credential, keys and document loader.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as vc from '@digitalbazaar/vc';
import { createPrivateKey, createPublicKey, sign, verify as cryptoVerify } from 'node:crypto';
import { SignJWT, compactVerify, importJWK } from 'jose';
import {
  allocateStatusEntry,
  buildIssuerProfile,
  buildProfile,
  checkJsonLdSafeMode,
  checkJsonSchema,
  checkJsonSchemaById,
  createDocumentLoader,
  createStatusList,
  exportPublicMultikey,
  generateIssuerKey,
  issueCredential,
  issueStatusListCredential,
  OFFICIAL_SCHEMA,
  revoke,
  signJwt,
  verify,
} from '@territoires/open-badges';
// The same realistic credential as the package's tests.
import { sampleCredential } from '../../packages/open-badges/src/test-support/fixtures.js';

export const CASES = [
  'lib.sign.embedded',
  'bare.sign.embedded',
  'lib.verify.embedded',
  'bare.verify.embedded',
  'lib.sign.jwt',
  'lib.sign.jwt.nojsonld',
  'bare.sign.jwt',
  'bare.sign.jwt.nodecrypto',
  'lib.verify.jwt',
  'bare.verify.jwt',
  'bare.verify.jwt.checked',
  'bare.verify.jwt.nodecrypto',
  'lib.verify.embedded.status',
  'lib.verify.jwt.status',
] as const;
export type CaseName = (typeof CASES)[number];

const ISSUER = 'https://territoires.example/issuers/1';
const now = new Date('2025-03-01T10:00:00Z');
const clock = (): Date => now;

export async function setup(): Promise<Record<CaseName, () => Promise<unknown>>> {
  const edKey = await generateIssuerKey({ controller: ISSUER });
  const esKey = await generateIssuerKey({ controller: ISSUER, algorithm: 'ES256' });
  const unsigned = sampleCredential(ISSUER);
  const profile = buildIssuerProfile(buildProfile({ id: ISSUER, name: 'Issuer' }), [edKey, esKey]);
  const fetchJson = (url: string): Promise<unknown> =>
    url === ISSUER ? Promise.resolve(profile) : Promise.reject(new Error('404'));
  const signed = await issueCredential(unsigned, { key: edKey, clock });
  const token = await signJwt(unsigned, { key: esKey, clock });
  // The same credentials with a BitstringStatusList entry; the list (131,072 entries, one revoked elsewhere) is
  // served from the caller's cache, as a platform verifying many badges does.
  const LIST = 'https://territoires.example/status/1';
  const allocated = allocateStatusEntry(createStatusList({ id: LIST, purpose: 'revocation' }));
  const listCredential = await issueStatusListCredential(revoke(allocated.list, 9), {
    key: edKey,
    clock,
  });
  const withStatus = { ...unsigned, credentialStatus: allocated.entry };
  const signedWithStatus = await issueCredential(withStatus, { key: edKey, clock });
  const tokenWithStatus = await signJwt(withStatus, { key: esKey, clock });
  const cached = new Map<string, unknown>([
    [ISSUER, profile],
    [LIST, listCredential],
  ]);
  const cachedFetch = (url: string): Promise<unknown> => {
    const hit = cached.get(url);
    return hit === undefined ? Promise.reject(new Error('404')) : Promise.resolve(hit);
  };
  const claims = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];

  const loader = createDocumentLoader();
  const method = exportPublicMultikey(edKey);
  const verifyLoader = createDocumentLoader({ documents: { [method.id]: method } });
  const controller = {
    '@context': 'https://www.w3.org/ns/did/v1',
    id: ISSUER,
    assertionMethod: [method.id],
  };
  const pair = await Ed25519Multikey.fromJwk({
    jwk: edKey.privateKeyJwk ?? {},
    secretKey: true,
    id: edKey.id,
    controller: ISSUER,
  });
  const verifySuite = new DataIntegrityProof({ cryptosuite });
  const esPrivate = await importJWK(esKey.privateKeyJwk ?? {}, 'ES256');
  const esPublic = await importJWK(esKey.publicKeyJwk, 'ES256');
  // The library signs VC-JWTs with node:crypto directly; these two cases are that primitive alone.
  const esPrivateNode = createPrivateKey({ key: esKey.privateKeyJwk ?? {}, format: 'jwk' });
  const esPublicNode = createPublicKey({ key: esKey.publicKeyJwk, format: 'jwk' });
  const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

  return {
    'lib.sign.embedded': () => issueCredential(unsigned, { key: edKey, clock }),
    'bare.sign.embedded': () =>
      vc.issue({
        credential: structuredClone(unsigned),
        suite: new DataIntegrityProof({ signer: pair.signer(), date: now, cryptosuite }),
        documentLoader: loader,
        now,
      }),
    'lib.verify.embedded': async () => {
      if (!(await verify(signed, { fetchJson, clock })).verified) throw new Error('not verified');
    },
    'bare.verify.embedded': async () => {
      const r = await vc.verifyCredential({
        credential: signed,
        suite: verifySuite,
        documentLoader: verifyLoader,
        controller,
        now,
      });
      if (!r.verified) throw new Error('not verified');
    },
    'lib.sign.jwt': () => signJwt(unsigned, { key: esKey, clock }),
    'lib.sign.jwt.nojsonld': () => signJwt(unsigned, { key: esKey, clock, jsonLdCheck: false }),
    'bare.sign.jwt': () =>
      new SignJWT({ ...unsigned })
        .setProtectedHeader({ alg: 'ES256', kid: esKey.id, typ: 'JWT' })
        .setIssuer(ISSUER)
        .setJti(unsigned.id)
        .setNotBefore(1736931600)
        .setSubject('did:example:learner-42')
        .sign(esPrivate),
    'bare.sign.jwt.nodecrypto': () => {
      const input = `${b64({ alg: 'ES256', kid: esKey.id, typ: 'JWT' })}.${b64({ ...unsigned, iss: ISSUER, jti: unsigned.id, nbf: 1736931600, sub: 'did:example:learner-42' })}`;
      const signature = sign('sha256', Buffer.from(input), {
        key: esPrivateNode,
        dsaEncoding: 'ieee-p1363',
      });
      return Promise.resolve(`${input}.${signature.toString('base64url')}`);
    },
    'lib.verify.jwt': async () => {
      if (!(await verify(token, { fetchJson, clock })).verified) throw new Error('not verified');
    },
    'bare.verify.jwt': () => compactVerify(token, esPublic, { algorithms: ['ES256'] }),
    // jose plus the checks the library makes on the payload: the official schema, the schema the credential names
    // in credentialSchema, and JSON-LD safe mode (the library's memoized one).
    'bare.verify.jwt.checked': async () => {
      const { payload } = await compactVerify(token, esPublic, { algorithms: ['ES256'] });
      const decoded = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
      const credential = Object.fromEntries(
        Object.entries(decoded).filter(([k]) => !claims.includes(k)),
      );
      const issues = [
        ...checkJsonSchema(credential),
        ...(checkJsonSchemaById(credential, OFFICIAL_SCHEMA.AchievementCredential) ?? []),
        ...(await checkJsonLdSafeMode(credential)),
      ];
      if (issues.length > 0) throw new Error('not valid');
    },
    'lib.verify.embedded.status': async () => {
      const r = await verify(signedWithStatus, { fetchJson: cachedFetch, clock });
      if (!r.verified) throw new Error('not verified');
    },
    'lib.verify.jwt.status': async () => {
      const r = await verify(tokenWithStatus, { fetchJson: cachedFetch, clock });
      if (!r.verified) throw new Error('not verified');
    },
    'bare.verify.jwt.nodecrypto': () => {
      const [header = '', payload = '', signature = ''] = token.split('.');
      JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      const ok = cryptoVerify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        { key: esPublicNode, dsaEncoding: 'ieee-p1363' },
        Buffer.from(signature, 'base64url'),
      );
      if (!ok) throw new Error('not verified');
      return Promise.resolve(ok);
    },
  };
}
