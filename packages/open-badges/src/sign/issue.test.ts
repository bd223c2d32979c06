import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from '../contexts/document-loader.js';
import { OpenBadgesError } from '../errors.js';
import { exportPublicMultikey } from '../keys/documents.js';
import { generateIssuerKey } from '../keys/issuer-key.js';
import { checkJsonSchema } from '../schema/json-schema.js';
import { fixedClock, sampleCredential } from '../test-support/fixtures.js';
import { issueCredential } from './issue.js';

const ISSUER = 'https://territoires.example/issuers/1';

describe('issueCredential (eddsa-rdfc-2022)', () => {
  it('signs a credential that the official schema and digitalbazaar vc.verifyCredential accept', async () => {
    const key = await generateIssuerKey({ controller: ISSUER });
    const signed = await issueCredential(sampleCredential(ISSUER), { key, clock: fixedClock });
    expect(signed.proof).toHaveLength(1);
    expect(signed.proof[0]).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: key.id,
    });
    expect(checkJsonSchema(signed)).toEqual([]);
    const method = exportPublicMultikey(key);
    const documentLoader = createDocumentLoader({ documents: { [key.id]: method } });
    const controller = {
      '@context': 'https://www.w3.org/ns/did/v1',
      id: ISSUER,
      assertionMethod: [method],
    };
    const suite = new DataIntegrityProof({ cryptosuite });
    const result = await vc.verifyCredential({
      credential: signed,
      suite,
      documentLoader,
      controller,
      now: fixedClock(),
    });
    expect(result.verified).toBe(true);
    const tampered = { ...signed, name: 'Autre badge' };
    const bad = await vc.verifyCredential({
      credential: tampered,
      suite,
      documentLoader,
      controller,
      now: fixedClock(),
    });
    expect(bad.verified).toBe(false);
  });

  it('refuses an undefined term, naming it', async () => {
    const key = await generateIssuerKey({ controller: ISSUER });
    const credential = { ...sampleCredential(ISSUER), favouriteColour: 'blue' };
    await expect(issueCredential(credential, { key })).rejects.toMatchObject({
      code: 'ob.jsonld_invalid',
      details: { field: 'favouriteColour' },
    });
  });

  it('refuses a schema violation, naming the field', async () => {
    const key = await generateIssuerKey({ controller: ISSUER });
    const credential = { ...sampleCredential(ISSUER), validFrom: 'soon' };
    await expect(issueCredential(credential, { key })).rejects.toMatchObject({
      code: 'ob.schema_invalid',
      details: { field: '/validFrom' },
    });
  });

  it('never issues VC 1.1 and binds the issuer to the key controller', async () => {
    const key = await generateIssuerKey({ controller: ISSUER });
    const v1 = {
      ...sampleCredential(ISSUER),
      '@context': ['https://www.w3.org/2018/credentials/v1'],
    };
    await expect(issueCredential(v1, { key })).rejects.toMatchObject({ code: 'ob.vc1_not_issued' });
    await expect(
      issueCredential(sampleCredential('https://other.example'), { key }),
    ).rejects.toBeInstanceOf(OpenBadgesError);
  });

  it('throws TypeError on misuse', async () => {
    await expect(
      issueCredential('nope' as unknown as object, { key: undefined as never }),
    ).rejects.toBeInstanceOf(TypeError);
  });
});
