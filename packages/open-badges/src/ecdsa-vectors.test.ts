import { createHash, createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { cryptosuite } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { decode, encode } from 'base58-universal';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from './contexts/document-loader.js';
import { generateIssuerKey } from './keys/issuer-key.js';
import { multibaseToJwk } from './keys/multibase.js';
import { cachingEcdsaRdfc2019 } from './sign/ecdsa-verifier.js';
import { p256Signer } from './sign/signers.js';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { readFixture, readJsonFixture } from './test-support/fixtures.js';
import { signP256Deterministic } from './test-support/rfc6979.js';
import { checkEmbeddedProof } from './verify/proof.js';
import { verificationSuite } from './verify/suites.js';
import { resolveDidKey } from './keys/dids.js';
import { MULTIKEY_V1_CONTEXT } from './contexts/urls.js';
import jsigs from 'jsonld-signatures';
import { resolveOptions } from './verify/options.js';

const dir = 'w3c-ecdsa/ecdsa-rdfc-2019-p256';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const examples = JSON.parse(readFixture('w3c-eddsa/credentials-examples-v2.jsonld')) as unknown;
const loader = createDocumentLoader({
  documents: { 'https://www.w3.org/ns/credentials/examples/v2': examples },
});
const keyPair = readJsonFixture('w3c-ecdsa/p256KeyPair.json') as Record<string, string>;
const signed = readJsonFixture(`${dir}/signedECDSAP256.json`);

async function canonicalForms(document: Record<string, unknown>) {
  const { proof, ...unsigned } = document;
  const { proofValue: _value, ...proofOptions } = proof as Record<string, unknown>;
  const options = { documentLoader: loader, safe: true, base: null, skipExpansion: false };
  return {
    documentCanon: await cryptosuite.canonize(unsigned, options),
    proofCanon: await cryptosuite.canonize(
      { '@context': unsigned['@context'], ...proofOptions },
      options,
    ),
  };
}

describe('W3C vc-di-ecdsa ecdsa-rdfc-2019 P-256 vectors', () => {
  it('reproduces the canonical N-Quads, the hashes and the proof options exactly', async () => {
    const { documentCanon, proofCanon } = await canonicalForms(signed);
    expect(documentCanon).toBe(readFixture(`${dir}/canonDocECDSAP256.txt`));
    expect(proofCanon).toBe(readFixture(`${dir}/proofCanonECDSAP256.txt`));
    expect(sha256(documentCanon)).toBe(readFixture(`${dir}/docHashECDSAP256.txt`).trim());
    expect(sha256(proofCanon)).toBe(readFixture(`${dir}/proofHashECDSAP256.txt`).trim());
    expect(sha256(proofCanon) + sha256(documentCanon)).toBe(
      readFixture(`${dir}/combinedHashECDSAP256.txt`).trim(),
    );
    const { proofValue: _v, ...options } = signed.proof as Record<string, unknown>;
    expect({ ...options, '@context': signed['@context'] }).toEqual(
      readJsonFixture(`${dir}/proofConfigECDSAP256.json`),
    );
  });

  it('re-signs to the published signature and proofValue (RFC 6979 nonces) with the TEST key', async () => {
    const { documentCanon, proofCanon } = await canonicalForms(signed);
    const data = Buffer.from(sha256(proofCanon) + sha256(documentCanon), 'hex');
    const secret = decode(keyPair.secretKeyMultibase?.slice(1) ?? '').subarray(2);
    const signature = signP256Deterministic(secret, data);
    expect(signature.toString('hex')).toBe(readFixture(`${dir}/sigHexECDSAP256.txt`).trim());
    expect(`z${encode(signature)}`).toBe(readFixture(`${dir}/sigBTC58ECDSAP256.txt`).trim());
    expect((signed.proof as Record<string, unknown>).proofValue).toBe(`z${encode(signature)}`);
  });

  it("verifies with the library's suite and did:key P-256 resolution; any change fails", async () => {
    const proof = signed.proof as Record<string, unknown>;
    const { document } = resolveDidKey(String(proof.verificationMethod));
    const method = [document.verificationMethod].flat()[0] as Record<string, unknown>;
    const verifyWith = (credential: Record<string, unknown>) =>
      // jsonld-signatures directly: @digitalbazaar/vc would also require the issuer to be the key's controller.
      jsigs.verify(credential, {
        suite: verificationSuite(proof, credential),
        purpose: new jsigs.purposes.AssertionProofPurpose({ controller: document }),
        documentLoader: createDocumentLoader({
          documents: { [String(method.id)]: { '@context': MULTIKEY_V1_CONTEXT, ...method } },
          fallback: loader,
        }),
      });
    expect((await verifyWith(signed)).verified).toBe(true);
    expect((await verifyWith({ ...signed, name: 'Another Credential' })).verified).toBe(false);
    // Through the proof check: the key is a did:key, the issuer an https URL, so it is not the issuer's key.
    const options = resolveOptions({ documentLoader: loader });
    const check = await checkEmbeddedProof(signed, options);
    expect(check.code).toBe('ob.proof.not_by_issuer');
  });

  it("the library's P-256 signer makes signatures the vector's verifier accepts (ECDSA is randomized)", async () => {
    const key = await generateIssuerKey({ controller: 'did:example:1', algorithm: 'ES256' });
    const data = new Uint8Array(
      Buffer.from(readFixture(`${dir}/combinedHashECDSAP256.txt`).trim(), 'hex'),
    );
    const signature = await p256Signer(key).sign({ data });
    expect(signature.length).toBe(64);
    const publicKey = createPublicKey({ key: key.publicKeyJwk, format: 'jwk' });
    const ok = cryptoVerify(
      'sha256',
      data,
      { key: publicKey, dsaEncoding: 'ieee-p1363' },
      signature,
    );
    expect(ok).toBe(true);
    const vectorKey = multibaseToJwk(String(keyPair.publicKeyMultibase));
    expect(vectorKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
    const published = Buffer.from(readFixture(`${dir}/sigHexECDSAP256.txt`).trim(), 'hex');
    const vectorPublic = createPublicKey({ key: vectorKey, format: 'jwk' });
    expect(
      cryptoVerify('sha256', data, { key: vectorPublic, dsaEncoding: 'ieee-p1363' }, published),
    ).toBe(true);
  });

  it("the library's cached node:crypto verifier agrees with digitalbazaar's on the vector, and refuses non-ECDSA keys", async () => {
    const data = new Uint8Array(
      Buffer.from(readFixture(`${dir}/combinedHashECDSAP256.txt`).trim(), 'hex'),
    );
    const signature = new Uint8Array(
      Buffer.from(readFixture(`${dir}/sigHexECDSAP256.txt`).trim(), 'hex'),
    );
    const verificationMethod = {
      type: 'Multikey',
      id: 'did:example:vector#key',
      publicKeyMultibase: keyPair.publicKeyMultibase,
    };
    const theirs = (await EcdsaMultikey.from(verificationMethod)).verifier();
    const ours = (await cachingEcdsaRdfc2019.createVerifier({ verificationMethod })) as {
      algorithm: string;
      verify: (input: { data: Uint8Array; signature: Uint8Array }) => Promise<boolean>;
    };
    expect(ours.algorithm).toBe('P-256');
    for (const bytes of [data, data.map((b, i) => (i === 0 ? b ^ 1 : b))])
      expect(await ours.verify({ data: bytes, signature })).toBe(
        await theirs.verify({ data: bytes, signature }),
      );
    const ed = 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
    await expect(
      cachingEcdsaRdfc2019.createVerifier({
        verificationMethod: { type: 'Multikey', publicKeyMultibase: ed },
      }),
    ).rejects.toThrow();
    await expect(
      cachingEcdsaRdfc2019.createVerifier({
        verificationMethod: { ...verificationMethod, type: 'JsonWebKey' },
      }),
    ).rejects.toThrow(/Multikey/);
  });
});
