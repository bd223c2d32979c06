/** Open Badges 2.0 objects, normalised: references resolved, single values where the spec allows arrays. */
export interface Ob2Issuer {
  id: string;
  name?: string;
  url?: string;
  email?: string;
  /** URLs (or ids) of the issuer's CryptographicKeys. */
  publicKeys: string[];
  revocationList?: string;
  /** `verification.allowedOrigins` / `verification.startsWith` of the Profile, for hosted verification. */
  allowedOrigins?: string[];
  startsWith?: string[];
  raw: Record<string, unknown>;
}

export interface Ob2BadgeClass {
  id: string;
  name?: string;
  description?: string;
  image?: string;
  /** The criteria URL, or its narrative when embedded. */
  criteria?: string;
  issuer: Ob2Issuer;
  raw: Record<string, unknown>;
}

export interface Ob2Recipient {
  type: string;
  identity: string;
  hashed: boolean;
  salt?: string;
}

export interface Ob2Assertion {
  version: '2.0';
  id: string;
  verification: { type: 'hosted' | 'signed'; url?: string; creator?: string };
  recipient: Ob2Recipient;
  issuedOn: string;
  expires?: string;
  revoked: boolean;
  revocationReason?: string;
  image?: string;
  evidence?: unknown;
  narrative?: string;
  badge: Ob2BadgeClass;
  /** The compact JWS the assertion came from, for signed assertions. */
  jws?: string;
  raw: Record<string, unknown>;
}

/** A fetch function is injected: nothing in this module touches the network by itself. */
export type FetchLike = (
  url: string,
  init?: {
    headers?: Record<string, string>;
    signal?: AbortSignal;
    redirect?: 'follow' | 'error' | 'manual';
  },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface Ob2Options {
  /** Used to resolve the BadgeClass, Issuer, keys and revocation list, and for hosted verification. */
  fetch?: FetchLike;
  /** Per-request timeout, default 10 s. */
  timeoutMs?: number;
  /** Largest accepted document or image, default 1 MiB. */
  maxBytes?: number;
}

export interface Ob2VerifyOptions extends Ob2Options {
  /** The clock, default `new Date()`. */
  now?: Date;
  /** When given, the assertion's recipient must be this identity (email, URL, …), hashed or not. */
  recipient?: string;
}

export type Ob2CheckName =
  | 'parse'
  | 'badge_chain'
  | 'hosted_match'
  | 'issuer_domain'
  | 'signature'
  | 'key_owner'
  | 'revocation'
  | 'expiry'
  | 'issued'
  | 'recipient';

/**
 * Same shape as the OB 3.0 `verify()` checks, plus a stable code (i18n key) on failed and indeterminate checks.
 * `indeterminate`: the check needs a document that could not be fetched (or fetching was not allowed).
 */
export interface Ob2Check {
  id: Ob2CheckName;
  status: 'passed' | 'failed' | 'indeterminate';
  message: string;
  code?: string;
}

export interface Ob2Warning {
  id: Ob2CheckName;
  code: string;
  message: string;
}

export interface Ob2VerificationResult {
  version: '2.0';
  /** Same precedence as OB 3.0: failed > indeterminate > verified. */
  result: 'verified' | 'not_verified' | 'indeterminate';
  /** `result === 'verified'`. */
  verified: boolean;
  checks: Ob2Check[];
  /** `<check id>: <code>: <message>` for every failed check. */
  errors: string[];
  warnings: Ob2Warning[];
  /** The normalised assertion, when it could be read (for hosted assertions, the hosted copy). */
  badge?: Ob2Assertion;
}
