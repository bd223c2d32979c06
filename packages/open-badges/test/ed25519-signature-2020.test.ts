import { fromJwk } from '@digitalbazaar/ed25519-multikey';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import * as vc from '@digitalbazaar/vc';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentLoader, generateIssuerKey, verify, type IssuerKey } from '../src/index.js';
import { fixedClock, sampleCredential } from '../src/test-support/fixtures.js';
import { issuerWeb } from '../src/test-support/issuer.js';

const ISSUER = 'https://territoires.example/issuers/1';
const ED25519_2020_CONTEXT = 'https://w3id.org/security/suites/ed25519-2020/v1';

let key: IssuerKey;
let signed: Record<string, unknown>;

// A VC 2.0 credential signed by digitalbazaar's own Ed25519Signature2020 suite (the library never signs with it).
beforeAll(async () => {
  key = await generateIssuerKey({ controller: ISSUER });
  if (!key.privateKeyJwk) throw new Error('generateIssuerKey returned no private key');
  const pair = await fromJwk({ jwk: key.privateKeyJwk, secretKey: true, id: key.id });
  const credential = sampleCredential(ISSUER);
  signed = await vc.issue({
    credential: {
      ...credential,
      '@context': [credential['@context']].flat().concat(ED25519_2020_CONTEXT),
    },
    suite: new Ed25519Signature2020({ signer: pair.signer(), date: fixedClock() }),
    documentLoader: createDocumentLoader(),
  });
});

describe('Ed25519Signature2020 on a VC 2.0 credential', () => {
  it('verifies with the key from the issuer profile', async () => {
    const result = await verify(signed, { fetchJson: issuerWeb(ISSUER, [key]), clock: fixedClock });
    expect(result.errors).toEqual([]);
    expect(result.checks.find((c) => c.id === 'proof')?.message).toContain('Ed25519Signature2020');
  });

  it('fails on a changed field, another key, or a key controlled by someone else', async () => {
    const fetchJson = issuerWeb(ISSUER, [key]);
    const proofStatus = async (credential: Record<string, unknown>, fetch = fetchJson) =>
      (await verify(credential, { fetchJson: fetch, clock: fixedClock })).checks.find(
        (c) => c.id === 'proof',
      )?.status;
    expect(await proofStatus({ ...signed, name: 'Autre badge' })).toBe('failed');
    const other = await generateIssuerKey({ controller: ISSUER });
    expect(await proofStatus(signed, issuerWeb(ISSUER, [{ ...other, id: key.id }]))).toBe('failed');
    const elsewhere = 'https://elsewhere.example/issuers/9';
    expect(await proofStatus({ ...signed, issuer: { id: elsewhere, type: ['Profile'] } })).toBe(
      'failed',
    );
  });
});
