import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as vc from '@digitalbazaar/vc';
import type { DocumentLoader } from '../contexts/document-loader.js';
import { OpenBadgesError } from '../errors.js';
import type { IssuerKey } from '../keys/issuer-key.js';
import { jsonLdIssueFromError } from '../schema/safe-mode.js';
import { cachingEddsaRdfc2022, ed25519Signer } from './signers.js';

/** Adds an eddsa-rdfc-2022 proof (as a one-element array); canonicalization runs in JSON-LD safe mode. */
export async function signWithDataIntegrity(
  credential: Record<string, unknown>,
  key: IssuerKey,
  documentLoader: DocumentLoader,
  now: Date,
): Promise<Record<string, unknown> & { proof: Record<string, unknown>[] }> {
  const suite = new DataIntegrityProof({
    signer: ed25519Signer(key),
    date: now,
    cryptosuite: cachingEddsaRdfc2022,
  });
  let signed: Record<string, unknown>;
  try {
    signed = await vc.issue({ credential, suite, documentLoader, now });
  } catch (error) {
    const issue = jsonLdIssueFromError(error);
    if (issue) {
      const code = issue.field === '@context' ? 'ob.unknown_context' : 'ob.jsonld_invalid';
      throw new OpenBadgesError(
        code,
        `JSON-LD safe mode rejected ${issue.field}: ${issue.message}`,
        { field: issue.field },
      );
    }
    throw new OpenBadgesError(
      'ob.signing_failed',
      error instanceof Error ? error.message : 'Signing failed',
      {},
    );
  }
  return { ...signed, proof: [signed.proof].flat() as Record<string, unknown>[] };
}
