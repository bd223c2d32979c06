import * as vc from '@digitalbazaar/vc';
import { createDocumentLoader } from '../contexts/document-loader.js';
import type { CheckCode } from './codes.js';
import { checkJwtProof } from './jwt-proof.js';
import type { ParsedInput } from './input.js';
import { ProofError, asCheck, errorText, issuerId, safeModeIssue } from './proof-common.js';
import { createProofMemo, proofMemoKey, type ProofMemo } from './proof-memo.js';
import { keyDocuments, resolveVerificationMethod, type Method } from './resolve-key.js';
import { isSupportedProof, proofKind, SUPPORTED_PROOFS, verificationSuite } from './suites.js';
import {
  failed,
  indeterminate,
  passed,
  type Check,
  type CheckId,
  type ResolvedOptions,
} from './types.js';

export { issuerId } from './proof-common.js';

/** The proof check of a credential given as JSON (embedded proofs) or as a VC-JWT. Never throws. */
export async function checkProof(parsed: ParsedInput, options: ResolvedOptions): Promise<Check> {
  try {
    return parsed.jwt
      ? await checkJwtProof(parsed.credential, parsed.jwt, options)
      : await checkEmbeddedProof(parsed.credential, options);
  } catch (error) {
    return asCheck('proof', error);
  }
}

interface ProofOutcome {
  status: 'passed' | 'failed' | 'indeterminate';
  code?: CheckCode;
  message: string;
  byIssuer: boolean;
}

export const asRecords = (value: unknown): Record<string, unknown>[] =>
  [value]
    .flat()
    .filter(
      (p): p is Record<string, unknown> => typeof p === 'object' && p !== null && !Array.isArray(p),
    );

/**
 * Verifies the embedded proofs of a credential (also used for status lists and endorsements): at least one valid
 * proof by a key of the issuer; other proofs that fail are warnings.
 */
export async function checkEmbeddedProof(
  credential: Record<string, unknown>,
  options: ResolvedOptions,
  id: CheckId = 'proof',
  remember = false,
): Promise<Check> {
  const proofs = asRecords(credential.proof);
  if (proofs.length === 0) return failed(id, 'The credential has no proof', 'ob.proof.missing');
  const issuer = issuerId(credential);
  const outcomes: ProofOutcome[] = [];
  for (const proof of proofs)
    outcomes.push(await checkOneProof(credential, proof, issuer, options, remember));
  const good = outcomes.find((o) => o.byIssuer && o.status === 'passed');
  if (good) {
    for (const [i, o] of outcomes.entries())
      if (o.status !== 'passed')
        options.warnings.push({
          id,
          code: 'ob.proof.other_proof_failed',
          message: `Proof #${i}: ${o.message}`,
        });
    return passed(id, good.message);
  }
  const pending = outcomes.find((o) => o.status === 'indeterminate');
  if (pending) {
    // Whatever the key, a term outside the contexts makes the credential unverifiable: say so without the key.
    const unsafe = await safeModeIssue(withoutProof(credential), options.documentLoader);
    if (unsafe) return failed(id, unsafe.message, unsafe.code);
    return indeterminate(id, pending.message, pending.code ?? 'ob.proof.key_unreachable');
  }
  const bad = outcomes.find((o) => o.byIssuer) ?? outcomes[0];
  return failed(id, bad?.message ?? 'No proof', bad?.code ?? 'ob.proof.signature_invalid');
}

function withoutProof(credential: Record<string, unknown>): Record<string, unknown> {
  const { proof: _proof, ...rest } = credential;
  return rest;
}

export function proofTimes(proof: Record<string, unknown>, options: ResolvedOptions): void {
  const now = options.clock().getTime();
  const skew = options.skewSeconds * 1000;
  for (const field of ['created', 'expires'] as const) {
    const value = proof[field];
    if (value !== undefined && (typeof value !== 'string' || Number.isNaN(Date.parse(value))))
      throw new ProofError('ob.proof.invalid_date', `proof.${field} is not a date-time`);
  }
  if (typeof proof.created === 'string' && Date.parse(proof.created) - skew > now)
    throw new ProofError(
      'ob.proof.created_in_future',
      `The proof was created in the future (${proof.created})`,
    );
  if (typeof proof.expires === 'string' && Date.parse(proof.expires) < now)
    throw new ProofError('ob.proof.expired', `The proof expired (${proof.expires})`);
}

async function checkOneProof(
  credential: Record<string, unknown>,
  proof: Record<string, unknown>,
  issuer: string | undefined,
  options: ResolvedOptions,
  remember: boolean,
): Promise<ProofOutcome> {
  let byIssuer = false;
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
      issuer,
    );
    byIssuer = method.controller === issuer;
    if (!byIssuer)
      throw new ProofError(
        'ob.proof.not_by_issuer',
        `The key controller ${method.controller} is not the issuer ${String(issuer)}`,
      );
    // A credential with one proof is verified as it is; with several, each proof on its own.
    const single =
      [credential.proof].flat().length === 1 ? credential : { ...credential, proof: [proof] };
    await verifySignature(single, proof, method, options, remember);
    return { status: 'passed', message: `${proofKind(proof)} proof by ${method.id}`, byIssuer };
  } catch (error) {
    const check = asCheck('proof', error);
    const status = check.status === 'indeterminate' ? 'indeterminate' : 'failed';
    return {
      status,
      message: check.message,
      byIssuer,
      ...(check.code ? { code: check.code } : {}),
    };
  }
}

// Status lists are verified again and again: their proofs are remembered even without options.proofMemo, in a
// small memo per document loader (the contexts the verdict depends on).
const statusListMemos = new WeakMap<object, ProofMemo>();
const STATUS_LIST_MEMO_SIZE = 64;
const DEFAULT_LOADER_KEY = {};

function memosFor(options: ResolvedOptions, remember: boolean): ProofMemo[] {
  const memos = options.proofMemo ? [options.proofMemo] : [];
  if (!remember) return memos;
  const scope = options.documentLoader ?? DEFAULT_LOADER_KEY;
  let memo = statusListMemos.get(scope);
  if (!memo) {
    memo = createProofMemo(STATUS_LIST_MEMO_SIZE);
    statusListMemos.set(scope, memo);
  }
  return [...memos, memo];
}

/** The signature check, skipped when a memo knows this document verified under this very key. */
async function verifySignature(
  credential: Record<string, unknown>,
  proof: Record<string, unknown>,
  method: Method,
  options: ResolvedOptions,
  remember: boolean,
): Promise<void> {
  const memos = memosFor(options, remember);
  if (memos.length === 0) return verifySignatureNow(credential, proof, method, options);
  const key = proofMemoKey(credential, method, options.documentLoader !== undefined);
  if (memos.some((memo) => memo.has(key))) return;
  await verifySignatureNow(credential, proof, method, options);
  for (const memo of memos) memo.add(key);
}

async function verifySignatureNow(
  credential: Record<string, unknown>,
  proof: Record<string, unknown>,
  method: Method,
  options: ResolvedOptions,
): Promise<void> {
  const { multikey, controller } = keyDocuments(method, 'assertionMethod');
  const documents = new Map([[method.id, multikey]]);
  // Validity dates are their own checks: the proof is verified at the credential's own issuance time.
  const issued = credential.validFrom ?? credential.issuanceDate;
  const now =
    typeof issued === 'string' && !Number.isNaN(Date.parse(issued))
      ? new Date(issued)
      : options.clock();
  const result = await vc.verifyCredential({
    credential,
    suite: verificationSuite(proof, credential),
    documentLoader: createDocumentLoader({ documents, fallback: options.documentLoader }),
    controller,
    now,
    checkStatus: () => Promise.resolve({ verified: true }),
  });
  const bad = result.verified
    ? result.results?.find((r) => !r.verified)
    : { error: result.error ?? result.results?.[0]?.error };
  if (bad || (result.results?.length ?? 0) < 1) {
    const reason = errorText(bad?.error ?? 'the proof was not checked');
    const unsafe = /safe mode/i.test(reason);
    throw new ProofError(
      unsafe ? 'ob.proof.jsonld_unsafe' : 'ob.proof.signature_invalid',
      `Invalid proof: ${reason}`,
    );
  }
}
