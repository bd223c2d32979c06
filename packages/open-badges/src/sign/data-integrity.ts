import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { DocumentLoader } from '../contexts/document-loader.js';
import { OpenBadgesError } from '../errors.js';
import type { IssuerKey } from '../keys/issuer-key.js';
import { jsonLdIssueFromError } from '../schema/safe-mode.js';
import { cachingEddsaRdfc2022, ed25519Signer, p256Signer } from './signers.js';

/** The suite for a key: eddsa-rdfc-2022 for Ed25519, ecdsa-rdfc-2019 for P-256 (ES256); RSA keys sign JWTs only. */
function signingSuite(key: IssuerKey, now: Date): DataIntegrityProof {
  if (key.algorithm === 'ES256')
    return new DataIntegrityProof({
      signer: p256Signer(key),
      date: now,
      cryptosuite: ecdsaRdfc2019,
    });
  return new DataIntegrityProof({
    signer: ed25519Signer(key),
    date: now,
    cryptosuite: cachingEddsaRdfc2022,
  });
}

/**
 * Adds an eddsa-rdfc-2022 (Ed25519 key) or ecdsa-rdfc-2019 (P-256 key) proof, as a one-element array;
 * canonicalization runs in JSON-LD safe mode.
 */
export async function signWithDataIntegrity(
  credential: Record<string, unknown>,
  key: IssuerKey,
  documentLoader: DocumentLoader,
  now: Date,
): Promise<Record<string, unknown> & { proof: Record<string, unknown>[] }> {
  const suite = signingSuite(key, now);
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
