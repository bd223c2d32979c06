import type { DocumentLoader } from '../contexts/document-loader.js';
import type { FetchLike } from '../ob2/types.js';
import type { CheckCode, WarningCode } from './codes.js';
import type { ProofMemo } from './proof-memo.js';

/** Stable check ids, in the order of the OB 3.0 verification section (the web's messages are keyed on them). */
export type CheckId =
  | 'format'
  | 'context'
  | 'type'
  | 'schema'
  | 'subject'
  | 'proof'
  | 'refresh'
  | 'status'
  | 'validFrom'
  | 'validUntil'
  | 'termsOfUse'
  | 'endorsements';

export const CHECK_IDS: readonly CheckId[] = [
  'format',
  'context',
  'type',
  'schema',
  'subject',
  'proof',
  'refresh',
  'status',
  'validFrom',
  'validUntil',
  'termsOfUse',
  'endorsements',
];

/**
 * `passed`: checked and good. `failed`: checked and bad. `indeterminate`: could not be checked (a document
 * unreachable or fetching not allowed, an unsupported status method). `skipped`: nothing to check (no status…).
 */
export type CheckStatus = 'passed' | 'failed' | 'indeterminate' | 'skipped';

/**
 * The verdict. Precedence: any failed check gives `not_verified`; else any indeterminate check gives
 * `indeterminate`; else `verified`. A displayer shows a green tick for `verified` only.
 */
export type VerificationOutcome = 'verified' | 'not_verified' | 'indeterminate';

export interface Check {
  id: CheckId;
  status: CheckStatus;
  message: string;
  /** A stable reason code (i18n key) for failed and indeterminate checks, e.g. `ob.proof.signature_invalid`. */
  code?: CheckCode;
}

/** Something worth telling that does not change the verdict (a second proof that fails, terms of use…). */
export interface VerifyWarning {
  id: CheckId;
  code: CheckCode | WarningCode;
  message: string;
}

export interface VerifyResult {
  /** Always '3.0' here; an Open Badges 2.0 assertion yields an Ob2VerificationResult (version '2.0') instead. */
  version: '3.0';
  result: VerificationOutcome;
  /** `result === 'verified'`. */
  verified: boolean;
  /** In the order of the OB 3.0 verification section (CHECK_IDS). */
  checks: Check[];
  /** `<check id>: <message>` for every failed check. */
  errors: string[];
  warnings: VerifyWarning[];
  /** The credential that was checked (decoded from JSON, JWT or image), when it could be parsed. */
  credential?: Record<string, unknown>;
  format?: 'json' | 'jwt';
  /** When a refreshService was followed: the result for the refreshed credential. */
  refreshed?: VerifyResult;
}

export interface RecipientIdentity {
  /** Matches `credentialSubject.id`. */
  id?: string;
  /** Matches an `identifier` entry (hashed or plain) of this type. */
  identityType?: string;
  value?: string;
}

export interface VerifyOptions {
  /**
   * Fetches a JSON document (issuer profile / DID document / status list / refreshed credential / schema).
   * Injected: the library has no network access of its own (`createFetchJson` builds one with the fetch policy).
   * Without it, only did:key keys resolve, and whatever needs a document is `indeterminate`.
   */
  fetchJson?: (url: string) => Promise<unknown>;
  clock?: () => Date;
  /** Allowed clock skew for validity dates and proof creation, in seconds (default 300). */
  skewSeconds?: number;
  /** Check that the credential was issued to this recipient. */
  recipient?: RecipientIdentity;
  /** Accept a VC-JWT signed by a key carried in its own `jwk` header (default false: anyone could sign so). */
  trustEmbeddedJwk?: boolean;
  /** Maximum document size in bytes (default 1 MB). */
  maxBytes?: number;
  /** Time limit for each fetchJson call, in ms (default 5000). */
  fetchTimeoutMs?: number;
  /**
   * An HTTP fetch, used only for Open Badges 2.0 input (baked 2.0 image, 2.0 assertion or hosted assertion URL),
   * which is then handed to `verifyOb2`. Without it such input is `indeterminate`.
   */
  fetch?: FetchLike;
  /** JSON-LD document loader for contexts (default: the bundled contexts only, nothing fetched). */
  documentLoader?: DocumentLoader;
  /**
   * Embedded proofs that verified before (createProofMemo): the same signed document under the same key is not
   * canonicalized and checked again. Only the signature is remembered; the key is resolved and every other check
   * made on each call. Give one memo per documentLoader.
   */
  proofMemo?: ProofMemo;
}

export interface ResolvedOptions {
  fetchJson: ((url: string) => Promise<unknown>) | undefined;
  clock: () => Date;
  skewSeconds: number;
  recipient: RecipientIdentity | undefined;
  trustEmbeddedJwk: boolean;
  maxBytes: number;
  fetchTimeoutMs: number;
  fetch: FetchLike | undefined;
  documentLoader: DocumentLoader | undefined;
  proofMemo: ProofMemo | undefined;
  /** Warnings collected while checking; copied into the result. */
  warnings: VerifyWarning[];
}

export const passed = (id: CheckId, message: string): Check => ({ id, status: 'passed', message });
export const failed = (id: CheckId, message: string, code: CheckCode): Check => ({
  id,
  status: 'failed',
  message,
  code,
});
export const indeterminate = (id: CheckId, message: string, code: CheckCode): Check => ({
  id,
  status: 'indeterminate',
  message,
  code,
});
export const skipped = (id: CheckId, message: string): Check => ({
  id,
  status: 'skipped',
  message,
});

/** The verdict of a list of checks (see VerificationOutcome); the proof must have passed for `verified`. */
export function outcomeOf(checks: readonly Check[]): VerificationOutcome {
  if (checks.some((c) => c.status === 'failed')) return 'not_verified';
  if (checks.some((c) => c.status === 'indeterminate')) return 'indeterminate';
  return checks.find((c) => c.id === 'proof')?.status === 'passed' ? 'verified' : 'indeterminate';
}

/** A check's status for an outcome (an endorsement's or a refreshed credential's verdict). */
export function statusOf(outcome: VerificationOutcome): CheckStatus {
  return outcome === 'verified'
    ? 'passed'
    : outcome === 'not_verified'
      ? 'failed'
      : 'indeterminate';
}
