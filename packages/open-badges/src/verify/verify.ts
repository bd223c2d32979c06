import { OpenBadgesError } from '../errors.js';
import { checkDates, checkRefresh } from './dates.js';
import { verifyOb2 } from '../ob2/verify.js';
import type { Ob2VerificationResult } from '../ob2/types.js';
import { parseInput, readInput, type ParsedInput, type ReadInput } from './input.js';
import { resolveOptions } from './options.js';
import { checkProof } from './proof.js';
import { checkStatus } from './status.js';
import { checkContext, checkSchema, checkType } from './structure.js';
import { checkSubject } from './subject.js';
import {
  failed,
  passed,
  skipped,
  type Check,
  type CheckId,
  type ResolvedOptions,
  type VerifyOptions,
  type VerifyResult,
} from './types.js';

const LATER: CheckId[] = [
  'context',
  'type',
  'schema',
  'subject',
  'proof',
  'refresh',
  'status',
  'validFrom',
  'validUntil',
  'endorsements',
];

/** The result of verify(): an OB 3.0 result, or the OB 2.0 one when OB 2.0 input was handed to `verifyOb2`. */
export type AnyVerifyResult = VerifyResult | Ob2VerificationResult;

/**
 * Verifies an Open Badges 3.0 credential given as an object, a JSON string, a compact JWS or baked PNG/SVG bytes.
 * A bad credential never throws: it yields failed checks. Wrong option types throw TypeError.
 * Open Badges 2.0 input (baked 2.0 image, 2.0 assertion, hosted assertion URL) is verified by `verifyOb2` when
 * `options.fetch` is given (result `version: '2.0'`), and otherwise fails the `format` check saying so.
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
    return unreadable(`${error.code}: ${error.message}`, 'Input could not be read');
  }
  if (read.kind === 'ob2') return verifyOb2Input(input, read.what, resolved);
  const { parsed } = read;
  const checks = await runChecks(parsed, resolved, true);
  return { ...finish(checks), credential: parsed.credential, format: parsed.format };
}

function unreadable(message: string, reason: string): VerifyResult {
  return finish([failed('format', message), ...LATER.map((id) => skipped(id, reason))]);
}

function verifyOb2Input(
  input: unknown,
  what: string,
  options: ResolvedOptions,
): Promise<AnyVerifyResult> | VerifyResult {
  if (options.fetch === undefined) {
    return unreadable(
      `ob.ob2_input: this is an Open Badges 2.0 badge (${what}), not an OB 3.0 credential; verify it with verifyOb2(input, { fetch }) or pass options.fetch to verify()`,
      'Open Badges 2.0 input is not checked as OB 3.0',
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

async function runChecks(
  parsed: ParsedInput,
  options: ResolvedOptions,
  withEndorsements: boolean,
): Promise<Check[]> {
  const { credential } = parsed;
  const checks: Check[] = [
    passed('format', parsed.format === 'jwt' ? 'Compact JWS' : 'JSON credential'),
  ];
  checks.push(
    checkContext(credential),
    checkType(credential),
    checkSchema(credential),
    checkSubject(credential, options.recipient),
  );
  checks.push(await checkProof(parsed, options));
  checks.push(checkRefresh(credential));
  checks.push(await checkStatus(credential, options));
  checks.push(...checkDates(credential, parsed.jwt?.payload, options.clock(), options.skewSeconds));
  checks.push(
    withEndorsements
      ? await checkEndorsements(credential, options)
      : skipped('endorsements', 'Nested endorsements are not followed'),
  );
  return checks;
}

function embeddedEndorsements(credential: Record<string, unknown>): unknown[] {
  const asRecord = (v: unknown): Record<string, unknown> | undefined =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  const subject = asRecord(credential.credentialSubject);
  const holders = [credential, asRecord(subject?.achievement), asRecord(credential.issuer)];
  return holders.flatMap((h) =>
    h ? [...[h.endorsement ?? []].flat(), ...[h.endorsementJwt ?? []].flat()] : [],
  );
}

async function checkEndorsements(
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const endorsements = embeddedEndorsements(credential);
  if (endorsements.length === 0) return skipped('endorsements', 'No embedded endorsements');
  const bad: string[] = [];
  for (const [i, endorsement] of endorsements.entries()) {
    let parsed: ParsedInput;
    try {
      parsed = parseInput(endorsement, options.maxBytes);
    } catch {
      bad.push(`#${i}: unreadable`);
      continue;
    }
    const result = finish(await runChecks(parsed, options, false));
    if (!result.verified) bad.push(`#${i}: ${result.errors.join(', ')}`);
  }
  if (bad.length > 0) return failed('endorsements', `Endorsements failed: ${bad.join(' | ')}`);
  return passed('endorsements', `${endorsements.length} endorsement(s) verified`);
}

function finish(checks: Check[]): VerifyResult {
  const errors = checks.filter((c) => c.status === 'failed').map((c) => `${c.id}: ${c.message}`);
  const proof = checks.find((c) => c.id === 'proof');
  return {
    version: '3.0',
    verified: errors.length === 0 && proof?.status === 'passed',
    checks,
    errors,
  };
}
