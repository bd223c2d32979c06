import jsigs from 'jsonld-signatures';
import { createDocumentLoader } from '../contexts/document-loader.js';
import { check } from '../verify/container.js';
import { asRecords, proofTimes } from '../verify/proof.js';
import { asCheck, errorText, ProofError } from '../verify/proof-common.js';
import { keyDocuments, resolveVerificationMethod, type Method } from '../verify/resolve-key.js';
import {
  isSupportedProof,
  proofKind,
  SUPPORTED_PROOFS,
  verificationSuite,
} from '../verify/suites.js';
import type { ResolvedOptions } from '../verify/types.js';
import type { PresentationCheck } from './types.js';

export function holderOf(presentation: Record<string, unknown>): string | undefined {
  const holder = presentation.holder;
  if (typeof holder === 'string') return holder;
  const id =
    typeof holder === 'object' && holder !== null ? (holder as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The holder's proof: the first proof made for `authentication`. */
export function authenticationProof(
  presentation: Record<string, unknown>,
): Record<string, unknown> | undefined {
  return asRecords(presentation.proof).find((p) => p.proofPurpose === 'authentication');
}

/**
 * Challenge and domain (VC Data Integrity §2.1): the proof must carry exactly what the verifier asked for; a value
 * asked for and absent fails as surely as a different one. Nothing asked for: skipped (the caller warns).
 */
export function checkBinding(
  id: 'challenge' | 'domain',
  proof: Record<string, unknown> | undefined,
  expected: string | undefined,
): PresentationCheck {
  if (expected === undefined) return check(id, 'skipped', `No ${id} expected`);
  const value = proof?.[id];
  if (value === undefined)
    return check(id, 'failed', `The holder's proof has no ${id}`, `ob.presentation.${id}_missing`);
  const matches =
    value === expected || (id === 'domain' && Array.isArray(value) && value.includes(expected));
  return matches
    ? check(id, 'passed', `The proof's ${id} is the one expected`)
    : check(
        id,
        'failed',
        `The proof's ${id} ${JSON.stringify(value)} is not ${JSON.stringify(expected)}`,
        `ob.presentation.${id}_mismatch`,
      );
}

async function verifyHolderSignature(
  presentation: Record<string, unknown>,
  proof: Record<string, unknown>,
  method: Method,
  options: ResolvedOptions,
): Promise<void> {
  const { multikey, controller } = keyDocuments(method, 'authentication');
  const single = { ...presentation, proof };
  const result = await jsigs.verify(single, {
    suite: verificationSuite(proof, presentation),
    // Challenge and domain were compared already (checkBinding); here: the signature and the key's purpose.
    purpose: new jsigs.purposes.ControllerProofPurpose({ term: 'authentication', controller }),
    documentLoader: createDocumentLoader({
      documents: new Map([[method.id, multikey]]),
      fallback: options.documentLoader,
    }),
  });
  if (!result.verified) {
    const error = result.error ?? result.results?.find((r) => !r.verified)?.error;
    throw new ProofError('ob.proof.signature_invalid', `Invalid holder proof: ${errorText(error)}`);
  }
}

/** The holder's proof: a supported suite, in time, by a key its controller lists for authentication, by the holder. */
export async function checkHolderProof(
  presentation: Record<string, unknown>,
  proof: Record<string, unknown> | undefined,
  options: ResolvedOptions,
): Promise<{ check: PresentationCheck; holder?: string }> {
  if (!proof)
    return {
      check: check(
        'proof',
        'failed',
        'The presentation has no authentication proof',
        'ob.proof.missing',
      ),
    };
  const holder = holderOf(presentation);
  try {
    if (!isSupportedProof(proof))
      throw new ProofError(
        'ob.proof.unsupported',
        `Unsupported proof ${proofKind(proof) || 'without a type'} (supported: ${SUPPORTED_PROOFS.join(', ')})`,
      );
    proofTimes(proof, options);
    const method = await resolveVerificationMethod(
      proof.verificationMethod,
      options.fetchJson,
      options.clock(),
      holder,
      'authentication',
    );
    if (holder !== undefined && method.controller !== holder)
      throw new ProofError(
        'ob.presentation.holder_mismatch',
        `The key controller ${method.controller} is not the holder ${holder}`,
      );
    await verifyHolderSignature(presentation, proof, method, options);
    return {
      check: check('proof', 'passed', `${proofKind(proof)} proof by ${method.id}`),
      holder: method.controller,
    };
  } catch (error) {
    const { status, message, code } = asCheck('proof', error);
    return { check: check('proof', status, message, code), ...(holder ? { holder } : {}) };
  }
}
