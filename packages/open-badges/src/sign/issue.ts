import { createDocumentLoader, type DocumentLoader } from '../contexts/document-loader.js';
import { signWithDataIntegrity } from './data-integrity.js';
import { checkSigningOptions, prepareForSigning, type SigningOptions } from './prepare.js';

export interface IssueOptions extends SigningOptions {
  documentLoader?: DocumentLoader;
}

const defaultLoader = createDocumentLoader();

/**
 * Signs an OB 3.0 credential with a Data Integrity `eddsa-rdfc-2022` proof. The credential is checked against the
 * official JSON Schema first; canonicalization runs in JSON-LD safe mode, so an undefined term fails with its name.
 */
export async function issueCredential<T extends object>(
  unsigned: T,
  options: IssueOptions,
): Promise<T & { proof: Record<string, unknown>[] }> {
  checkSigningOptions(unsigned, options);
  const { key, clock = () => new Date(), documentLoader = defaultLoader } = options;
  // vc.issue works on the document it is given: sign a copy, never the caller's object.
  const credential = structuredClone(prepareForSigning(unsigned as Record<string, unknown>, key));
  return (await signWithDataIntegrity(credential, key, documentLoader, clock())) as T & {
    proof: Record<string, unknown>[];
  };
}
