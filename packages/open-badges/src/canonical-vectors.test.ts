import { createHash } from 'node:crypto';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { decode } from 'base58-universal';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from './contexts/document-loader.js';
import { readFixture, readJsonFixture } from './test-support/fixtures.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function canonicalForms(
  signed: Record<string, unknown>,
  loader: ReturnType<typeof createDocumentLoader>,
) {
  const { proof, ...document } = signed;
  const { proofValue: _value, ...proofOptions } = (
    Array.isArray(proof) ? proof[0] : proof
  ) as Record<string, unknown>;
  const options = { documentLoader: loader, safe: true, base: null, skipExpansion: false };
  const documentCanon = await cryptosuite.canonize(document, options);
  const proofCanon = await cryptosuite.canonize(
    { '@context': document['@context'], ...proofOptions },
    options,
  );
  return { documentCanon, proofCanon };
}

describe('OB 3.0 implementation-guide test vector', () => {
  it('reproduces the canonical N-Quads and hashes exactly, and re-signs to the same signature', async () => {
    const signed = readJsonFixture('impl-guide/impl-guide-ldp-test-vector.signed.json');
    const keypair = readJsonFixture('impl-guide/impl-guide-ldp-test-vector.keypair.json');
    const expected = keypair.expected as Record<string, string>;
    const { documentCanon, proofCanon } = await canonicalForms(signed, createDocumentLoader());
    expect(documentCanon).toBe(readFixture('test-vectors/obv3p0-document-canon.nq'));
    expect(proofCanon).toBe(readFixture('test-vectors/obv3p0-proof-canon.nq'));
    expect(sha256(documentCanon)).toBe(expected.documentHashHex);
    expect(sha256(proofCanon)).toBe(expected.proofHashHex);

    // Ed25519 is deterministic: signing again with the published TEST key gives the published signature.
    const key = await Ed25519Multikey.from({
      type: 'Multikey',
      id: keypair.id,
      controller: keypair.controller,
      publicKeyMultibase: keypair.publicKeyMultibase,
      secretKeyMultibase: keypair.secretKeyMultibase,
    });
    const data = Buffer.concat([
      Buffer.from(expected.proofHashHex ?? '', 'hex'),
      Buffer.from(expected.documentHashHex ?? '', 'hex'),
    ]);
    const signature = await key.signer().sign({ data: new Uint8Array(data) });
    expect(Buffer.from(signature).toString('hex')).toBe(expected.signatureHex);
  });
});

describe('W3C vc-di-eddsa eddsa-rdfc-2022 vectors', () => {
  const examples = JSON.parse(readFixture('w3c-eddsa/credentials-examples-v2.jsonld')) as unknown;
  const loader = createDocumentLoader({
    documents: { 'https://www.w3.org/ns/credentials/examples/v2': examples },
  });

  it('reproduces canonical forms and hashes, and verifies with digitalbazaar', async () => {
    const signed = readJsonFixture('w3c-eddsa/eddsa-rdfc-2022/signedDataInt.json');
    const { documentCanon, proofCanon } = await canonicalForms(signed, loader);
    const dir = 'w3c-eddsa/eddsa-rdfc-2022';
    expect(documentCanon).toBe(readFixture(`${dir}/canonDocDataInt.txt`));
    expect(proofCanon).toBe(readFixture(`${dir}/proofCanonDataInt.txt`));
    expect(sha256(documentCanon)).toBe(readFixture(`${dir}/docHashDataInt.txt`).trim());
    expect(sha256(proofCanon)).toBe(readFixture(`${dir}/proofHashDataInt.txt`).trim());

    const keyPair = readJsonFixture('w3c-eddsa/keyPair.json');
    const key = await Ed25519Multikey.from({
      type: 'Multikey',
      publicKeyMultibase: keyPair.publicKeyMultibase,
    });
    const proofValue = String((signed.proof as Record<string, unknown>).proofValue);
    const signature = decode(proofValue.slice(1));
    expect(Buffer.from(signature).toString('hex')).toBe(
      readFixture(`${dir}/sigHexDataInt.txt`).trim(),
    );
    const data = new Uint8Array(Buffer.from(sha256(proofCanon) + sha256(documentCanon), 'hex'));
    expect(await key.verifier().verify({ data, signature })).toBe(true);
    data[0] = (data[0] ?? 0) ^ 1;
    expect(await key.verifier().verify({ data, signature })).toBe(false);
  });
});
