import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { createDocumentLoader, type DocumentLoader } from '../contexts/document-loader.js';
import { OpenBadgesError } from '../errors.js';
import { jsonLdIssueFromError } from '../schema/safe-mode.js';
import { checkSigningOptions, prepareForSigning, type SigningOptions } from './prepare.js';
import { ed25519KeyPair } from './signers.js';

export interface IssueOptions extends SigningOptions {
  documentLoader?: DocumentLoader;
}

const defaultLoader = createDocumentLoader();

/**
 * Signs an OB 3.0 credential with a Data Integrity `eddsa-rdfc-2022` proof. The credential is checked against the
 * official JSON Schema first; canonicalization runs in JSON-LD safe mode, so an undefined term fails with its name.
 */
export async function issueCredential<T extends object>(unsigned: T, options: IssueOptions): Promise<T & { proof: Record<string, unknown>[] }> {
  checkSigningOptions(unsigned, options);
  const { key, clock = () => new Date(), documentLoader = defaultLoader } = options;
  const credential = prepareForSigning(unsigned as Record<string, unknown>, key);
  const pair = await ed25519KeyPair(key);
  const now = clock();
  const suite = new DataIntegrityProof({ signer: pair.signer(), date: now, cryptosuite });
  let signed: Record<string, unknown>;
  try {
    signed = await vc.issue({ credential, suite, documentLoader, now });
  } catch (error) {
    const issue = jsonLdIssueFromError(error);
    if (issue) {
      const code = issue.field === '@context' ? 'ob.unknown_context' : 'ob.jsonld_invalid';
      throw new OpenBadgesError(code, `JSON-LD safe mode rejected ${issue.field}: ${issue.message}`, { field: issue.field });
    }
    throw new OpenBadgesError('ob.signing_failed', error instanceof Error ? error.message : 'Signing failed', {});
  }
  return { ...signed, proof: [signed.proof].flat() } as T & { proof: Record<string, unknown>[] };
}
