import { OpenBadgesError } from '../errors.js';
import { checkDates, checkRefresh } from './dates.js';
import { parseInput, type ParsedInput } from './input.js';
import { resolveOptions } from './options.js';
import { checkProof } from './proof.js';
import { checkStatus } from './status.js';
import { checkContext, checkSchema, checkType } from './structure.js';
import { checkSubject } from './subject.js';
import { failed, passed, skipped, type Check, type CheckId, type ResolvedOptions, type VerifyOptions, type VerifyResult } from './types.js';

const LATER: CheckId[] = ['context', 'type', 'schema', 'subject', 'proof', 'refresh', 'status', 'validFrom', 'validUntil', 'endorsements'];

/**
 * Verifies an Open Badges 3.0 credential given as an object, a JSON string, a compact JWS or baked PNG/SVG bytes.
 * A bad credential never throws: it yields failed checks. Wrong option types throw TypeError.
 */
export async function verify(input: unknown, options?: VerifyOptions): Promise<VerifyResult> {
  const resolved = resolveOptions(options);
  let parsed: ParsedInput;
  try {
    parsed = parseInput(input, resolved.maxBytes);
  } catch (error) {
    if (!(error instanceof OpenBadgesError)) throw error;
    return finish([failed('format', `${error.code}: ${error.message}`), ...LATER.map((id) => skipped(id, 'Input could not be read'))]);
  }
  const checks = await runChecks(parsed, resolved, true);
  return { ...finish(checks), credential: parsed.credential, format: parsed.format };
}

async function runChecks(parsed: ParsedInput, options: ResolvedOptions, withEndorsements: boolean): Promise<Check[]> {
  const { credential } = parsed;
  const checks: Check[] = [passed('format', parsed.format === 'jwt' ? 'Compact JWS' : 'JSON credential')];
  checks.push(checkContext(credential), checkType(credential), checkSchema(credential), checkSubject(credential, options.recipient));
  checks.push(await checkProof(parsed, options));
  checks.push(checkRefresh(credential));
  checks.push(await checkStatus(credential, options));
  checks.push(...checkDates(credential, parsed.jwt?.payload, options.clock(), options.skewSeconds));
  checks.push(withEndorsements ? await checkEndorsements(credential, options) : skipped('endorsements', 'Nested endorsements are not followed'));
  return checks;
}

function embeddedEndorsements(credential: Record<string, unknown>): unknown[] {
  const asRecord = (v: unknown): Record<string, unknown> | undefined =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  const subject = asRecord(credential.credentialSubject);
  const holders = [credential, asRecord(subject?.achievement), asRecord(credential.issuer)];
  return holders.flatMap((h) => (h ? [...[h.endorsement ?? []].flat(), ...[h.endorsementJwt ?? []].flat()] : []));
}

async function checkEndorsements(credential: Record<string, unknown>, options: ResolvedOptions): Promise<Check> {
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
  return { verified: errors.length === 0 && proof?.status === 'passed', checks, errors };
}
