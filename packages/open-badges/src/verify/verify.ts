import { OpenBadgesError } from '../errors.js';
import { verifyOb2 } from '../ob2/verify.js';
import type { Ob2VerificationResult } from '../ob2/types.js';
import type { CheckCode } from './codes.js';
import { checkDates, checkTermsOfUse } from './dates.js';
import { parseInput, readInput, type ParsedInput, type ReadInput } from './input.js';
import { checkEndorsements, checkRefresh, type VerifyNested } from './nested.js';
import { resolveOptions } from './options.js';
import { checkProof } from './proof.js';
import { errorText } from './proof-common.js';
import { checkStatus } from './status.js';
import { checkContext, checkSchema, checkType } from './structure.js';
import { checkSubject } from './subject.js';
import {
  CHECK_IDS,
  failed,
  indeterminate,
  outcomeOf,
  passed,
  skipped,
  type Check,
  type ResolvedOptions,
  type VerifyOptions,
  type VerifyResult,
} from './types.js';

/** The result of verify(): an OB 3.0 result, or the OB 2.0 one when OB 2.0 input was handed to `verifyOb2`. */
export type AnyVerifyResult = VerifyResult | Ob2VerificationResult;

/**
 * Verifies an Open Badges 3.0 credential given as an object, a JSON string, a compact JWS or baked PNG/SVG bytes.
 * The verdict is `result`: any failed check gives `not_verified`, else any check that could not be made gives
 * `indeterminate`, else `verified`. A bad credential never throws; wrong option types throw TypeError.
 * Open Badges 2.0 input (baked 2.0 image, 2.0 assertion, hosted assertion URL) is verified by `verifyOb2` when
 * `options.fetch` is given (result `version: '2.0'`), and is otherwise `indeterminate` (format check).
 */
export function verify(
  input: unknown,
  options?: VerifyOptions & { fetch?: undefined },
): Promise<VerifyResult>;
export function verify(input: unknown, options?: VerifyOptions): Promise<AnyVerifyResult>;
export async function verify(input: unknown, options?: VerifyOptions): Promise<AnyVerifyResult> {
  const resolved = resolveOptions(options);
  let read: ReadInput;
  try {
    read = readInput(input, resolved.maxBytes);
  } catch (error) {
    if (!(error instanceof OpenBadgesError)) throw error;
    return unreadable(failed('format', `${error.code}: ${error.message}`, error.code));
  }
  if (read.kind === 'ob2') return verifyOb2Input(input, read.what, resolved);
  return verifyParsed(read.parsed, resolved, 0);
}

// Endorsements and refreshed credentials are verified one level down, never further.
const MAX_NESTING = 1;

async function verifyParsed(
  parsed: ParsedInput,
  options: ResolvedOptions,
  depth: number,
): Promise<VerifyResult> {
  const warningsBefore = options.warnings.length;
  let checks: Check[];
  let refreshed: VerifyResult | undefined;
  try {
    ({ checks, refreshed } = await runChecks(parsed, options, depth));
  } catch (error) {
    // A bug must not turn into a crash or a green tick.
    return unreadable(
      failed('format', `Verification stopped: ${errorText(error)}`, 'ob.internal_error'),
    );
  }
  return {
    ...finish(checks, options.warnings.slice(warningsBefore)),
    credential: parsed.credential,
    format: parsed.format,
    ...(refreshed ? { refreshed } : {}),
  };
}

function nestedVerifier(options: ResolvedOptions, depth: number): VerifyNested {
  return async (input) => {
    const nested = { ...options, warnings: [] };
    let parsed: ParsedInput;
    try {
      parsed = parseInput(input, options.maxBytes);
    } catch (error) {
      const code: CheckCode = error instanceof OpenBadgesError ? error.code : 'ob.malformed_json';
      return unreadable(failed('format', `unreadable: ${errorText(error)}`, code));
    }
    return verifyParsed(parsed, nested, depth + 1);
  };
}

async function runChecks(
  parsed: ParsedInput,
  options: ResolvedOptions,
  depth: number,
): Promise<{ checks: Check[]; refreshed?: VerifyResult }> {
  const { credential } = parsed;
  const nested = nestedVerifier(options, depth);
  const checks: Check[] = [
    passed('format', parsed.format === 'jwt' ? 'Compact JWS' : 'JSON credential'),
    await checkContext(credential, options),
    checkType(credential),
    await checkSchema(credential, options),
    checkSubject(credential, depth === 0 ? options.recipient : undefined),
    await checkProof(parsed, options),
  ];
  const refresh =
    depth < MAX_NESTING
      ? await checkRefresh(credential, options, nested)
      : { check: skipped('refresh', 'A nested credential is not refreshed') };
  checks.push(refresh.check, await checkStatus(credential, options));
  checks.push(...checkDates(credential, options.clock(), options.skewSeconds));
  checks.push(
    checkTermsOfUse(credential, (message) =>
      options.warnings.push({ id: 'termsOfUse', code: 'ob.terms.present', message }),
    ),
    depth < MAX_NESTING
      ? await checkEndorsements(credential, nested)
      : skipped('endorsements', 'Nested endorsements are not followed'),
  );
  return refresh.refreshed ? { checks, refreshed: refresh.refreshed } : { checks };
}

function unreadable(first: Check): VerifyResult {
  const reason = first.status === 'failed' ? 'Input could not be read' : 'Not checked as OB 3.0';
  return finish([first, ...CHECK_IDS.slice(1).map((id) => skipped(id, reason))], []);
}

function verifyOb2Input(
  input: unknown,
  what: string,
  options: ResolvedOptions,
): Promise<AnyVerifyResult> | VerifyResult {
  if (options.fetch === undefined) {
    return unreadable(
      indeterminate(
        'format',
        `ob.ob2_input: this is an Open Badges 2.0 badge (${what}), not an OB 3.0 credential; verify it with verifyOb2(input, { fetch }) or pass options.fetch to verify()`,
        'ob.ob2_input',
      ),
    );
  }
  const recipient = options.recipient?.value ?? options.recipient?.id;
  return verifyOb2(input as string | object | Uint8Array, {
    fetch: options.fetch,
    now: options.clock(),
    maxBytes: options.maxBytes,
    timeoutMs: options.fetchTimeoutMs,
    ...(recipient !== undefined ? { recipient } : {}),
  });
}

function finish(checks: Check[], warnings: VerifyResult['warnings']): VerifyResult {
  const errors = checks.filter((c) => c.status === 'failed').map((c) => `${c.id}: ${c.message}`);
  const result = outcomeOf(checks);
  return { version: '3.0', result, verified: result === 'verified', checks, errors, warnings };
}
