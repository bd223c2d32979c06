import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { cachingEcdsaRdfc2019 } from '../sign/ecdsa-verifier.js';
import { cachingEddsaRdfc2022 } from '../sign/signers.js';

/**
 * Verification-only proof suites (the library signs eddsa-rdfc-2022 with Ed25519 keys and ecdsa-rdfc-2019 with
 * P-256 keys, on VC 2.0 only).
 * - `eddsa-rdfc-2022`: the standard cryptosuite.
 * - `ecdsa-rdfc-2019`: the standard ECDSA cryptosuite, P-256 (SHA-256) and P-384 (SHA-384) keys, digitalbazaar's, its
 *   signature check on a cached node:crypto key (sign/ecdsa-verifier.ts).
 * - `eddsa-2022`: the draft name of the same algorithm (RDFC-1.0, SHA-256, Ed25519); a proof under that name is
 *   accepted only if it verifies with exactly the rdfc-2022 algorithm. Its samples carry the Data Integrity v1
 *   context, which the proof options must keep (the v2 one would change the canonical form).
 * - `Ed25519Signature2020`: the VC 1.1-era suite (URDNA2015, SHA-256, Ed25519), for OB 3.0 credentials issued
 *   before Data Integrity; its verification method is read as the same Ed25519 Multikey.
 */
export const SUPPORTED_PROOFS = [
  'DataIntegrityProof/eddsa-rdfc-2022',
  'DataIntegrityProof/ecdsa-rdfc-2019',
  'DataIntegrityProof/eddsa-2022',
  'Ed25519Signature2020',
] as const;

const DATA_INTEGRITY_V1_CONTEXT = 'https://w3id.org/security/data-integrity/v1';

const rdfc2022 = new DataIntegrityProof({ cryptosuite: cachingEddsaRdfc2022 });
const rdfc2022LegacyContext = new DataIntegrityProof({
  cryptosuite: cachingEddsaRdfc2022,
  legacyContext: true,
});
const rdfc2019 = new DataIntegrityProof({ cryptosuite: cachingEcdsaRdfc2019 });
const rdfc2019LegacyContext = new DataIntegrityProof({
  cryptosuite: cachingEcdsaRdfc2019,
  legacyContext: true,
});
const eddsa2022 = new DataIntegrityProof({
  cryptosuite: { ...cachingEddsaRdfc2022, name: 'eddsa-2022' },
  legacyContext: true,
});
const ed25519Signature2020 = new Ed25519Signature2020();

export function proofKind(proof: Record<string, unknown>): string {
  return [proof.type, proof.cryptosuite].filter((x) => typeof x === 'string').join('/');
}

export function isSupportedProof(proof: Record<string, unknown>): boolean {
  return (SUPPORTED_PROOFS as readonly string[]).includes(proofKind(proof));
}

/**
 * The one suite that checks `proof` (a supported proof; the Data Integrity context version of `document` decides
 * the options). Handing jsonld-signatures only that suite spares it matching the proof against the others.
 */
export function verificationSuite(
  proof: Record<string, unknown>,
  document: Record<string, unknown>,
): DataIntegrityProof | Ed25519Signature2020 {
  const kind = proofKind(proof);
  if (kind === 'Ed25519Signature2020') return ed25519Signature2020;
  if (kind === 'DataIntegrityProof/eddsa-2022') return eddsa2022;
  const legacy = [document['@context']].flat().includes(DATA_INTEGRITY_V1_CONTEXT);
  if (kind === 'DataIntegrityProof/ecdsa-rdfc-2019')
    return legacy ? rdfc2019LegacyContext : rdfc2019;
  return legacy ? rdfc2022LegacyContext : rdfc2022;
}
