import { VERIFY_MAX_UPLOAD_BYTES, type Verification } from '@territoires/contracts';
import type { AnyVerifyResult, FetchLike, ProofMemo } from '@territoires/open-badges';
import { createHash } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { readKey } from '../../db/read-cache.js';
import { cachedOwnRead } from '../../db/version-cache.js';
import { openBadges } from '../open-badges.js';
import { checkMessage, summaryOf } from './messages.js';

// The verifier for everyone runs the library's verify() as any verifier elsewhere would: it fetches
// what it needs (DID document, issuer profile, status list) under the library's fetch policy (https,
// no private nor reserved address, 1 MB, 5 s). Documents at our own PUBLIC_URL are read from this
// app itself: the same bytes an outside verifier gets, without a round trip through the internet.

export interface VerifierSetting {
  /** Outside issuers served on the loopback (tests only): never in production. */
  allowLoopback?: boolean;
  /** Verifications per address and minute (POST /api/verify and the page). */
  perMinute?: number;
}

/** GET of one of our own public documents by its path: its JSON, or a thrown error. */
export type OwnDocument = (path: string) => Promise<unknown>;

export interface Verifier {
  verify(input: unknown): Promise<VerifierOutcome>;
}

interface Computed {
  outcome: VerifierOutcome;
  /** Whether the verification read an outside document (an issuer elsewhere). */
  outside: boolean;
}

/** Only the checks' outcome: small, so that cached results stay small whatever the input weighed. */
export interface VerifierOutcome {
  verification: Verification;
}

/** The API's shape of the library's result: each check with its plain French sentence. */
export function verificationOf(result: AnyVerifyResult): Verification {
  const checks = result.checks.map((check) => ({
    id: check.id,
    status: check.status,
    message: checkMessage(check.id, check.status, check.code),
    ...(check.code !== undefined ? { code: check.code } : {}),
  }));
  const codes = checks.flatMap((check) => (check.code !== undefined ? [check.code] : []));
  return { result: result.result, summary: summaryOf(result.result, codes), checks };
}

/** What identifies an input: its bytes' hash (a text's, an image's, an object's JSON). */
function inputKey(input: unknown): string {
  const bytes =
    input instanceof Uint8Array
      ? input
      : typeof input === 'string'
        ? input
        : // undefined for an undefined input, whatever its declared type says
          ((JSON.stringify(input) as string | undefined) ?? '');
  return createHash('sha256').update(bytes).digest('base64url');
}

/**
 * On PGlite, our own documents and a verification's result are reused until the next write and
 * for one second at most (ADR 0009): a revocation is a write, so it shows at once; an outside
 * issuer's change shows within a second. On PostgreSQL, our own documents and the verifications
 * that read nothing else are reused while `read_versions` has not moved, one second at most
 * (ADR 0028). On PGlite and PostgreSQL alike, the embedded proofs that
 * verified are remembered (ADR 0026): the same signed bytes under the same key are not checked
 * again, while the key, the status, the dates and the endorsements are read on every verification.
 */
export function createVerifier(
  publicUrl: string,
  own: OwnDocument,
  database: Database,
  clock: () => Date,
  setting: VerifierSetting = {},
): Verifier {
  const ours = new URL(publicUrl).origin;
  let outside:
    Promise<{ fetchJson: (url: string) => Promise<unknown>; fetch: FetchLike }> | undefined;
  const outsideFetch = () =>
    (outside ??= openBadges().then(({ createFetchJson }) =>
      createFetchJson({ allowLoopback: setting.allowLoopback === true }),
    ));
  const isOurs = (url: string): URL | undefined => {
    try {
      const target = new URL(url);
      return target.origin === ours ? target : undefined;
    } catch {
      return undefined;
    }
  };
  const ownDocument = (target: URL): Promise<unknown> =>
    cachedOwnRead(database, readKey('verifier.own', target.pathname, {}), clock(), () =>
      own(target.pathname),
    );
  /** One verification's loaders: they note whether it read anything outside this app. */
  const loaders = () => {
    const read = { outside: false };
    const fetchJson = async (url: string): Promise<unknown> => {
      const target = isOurs(url);
      if (target) return ownDocument(target);
      read.outside = true;
      return (await outsideFetch()).fetchJson(url);
    };
    const fetch: FetchLike = async (url, init) => {
      read.outside = true;
      return (await outsideFetch()).fetch(url, init);
    };
    return { read, fetchJson, fetch };
  };
  let proofMemo: ProofMemo | undefined;
  const compute = async (input: unknown): Promise<Computed> => {
    const { verify, createProofMemo } = await openBadges();
    proofMemo ??= createProofMemo();
    const { read, fetchJson, fetch } = loaders();
    const result = await verify(input, {
      fetchJson,
      fetch,
      clock,
      maxBytes: VERIFY_MAX_UPLOAD_BYTES,
      proofMemo,
    });
    return { outcome: { verification: verificationOf(result) }, outside: read.outside };
  };
  return {
    async verify(input) {
      const key = readKey('verifier.verify', inputKey(input), {});
      // On PostgreSQL only a verification that read nothing but our own documents is kept (ADR 0028).
      const computed = await cachedOwnRead(
        database,
        key,
        clock(),
        () => compute(input),
        (done) => !done.outside,
      );
      return computed.outcome;
    },
  };
}
