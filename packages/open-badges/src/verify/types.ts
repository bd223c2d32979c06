import type { FetchLike } from '../ob2/types.js';

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
  | 'endorsements';

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface Check {
  id: CheckId;
  status: CheckStatus;
  message: string;
}

export interface VerifyResult {
  /** Always '3.0' here; an Open Badges 2.0 assertion yields an Ob2VerificationResult (version '2.0') instead. */
  version: '3.0';
  verified: boolean;
  /** In the order of the OB 3.0 verification section. */
  checks: Check[];
  /** `<check id>: <message>` for every failed check. */
  errors: string[];
  /** The credential that was checked (decoded from JSON, JWT or image), when it could be parsed. */
  credential?: Record<string, unknown>;
  format?: 'json' | 'jwt';
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
   * Fetches a JSON document (issuer profile / DID document / status list). Injected: the library has no network
   * access of its own. Without it, only did:key keys resolve and status checks are skipped.
   */
  fetchJson?: (url: string) => Promise<unknown>;
  clock?: () => Date;
  /** Allowed clock skew for validity dates, in seconds (default 300). */
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
   * An HTTP fetch (e.g. `globalThis.fetch`), used only for Open Badges 2.0 input (baked 2.0 image, 2.0 assertion or
   * hosted assertion URL), which is then handed to `verifyOb2`. Without it such input fails the `format` check.
   */
  fetch?: FetchLike;
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
}

export const passed = (id: CheckId, message: string): Check => ({ id, status: 'passed', message });
export const failed = (id: CheckId, message: string): Check => ({ id, status: 'failed', message });
export const skipped = (id: CheckId, message: string): Check => ({
  id,
  status: 'skipped',
  message,
});
