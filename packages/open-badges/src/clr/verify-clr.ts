import { CLR_CONTEXT_PATTERN } from '../contexts/urls.js';
import { OpenBadgesError } from '../errors.js';
import { bundledValidator, checkJsonSchemaLenient } from '../schema/json-schema.js';
import { check, containerOutcome, errorsOf, typesOf } from '../verify/container.js';
import { checkDates } from '../verify/dates.js';
import { credentialsCheck, verifyHeldCredential } from '../verify/held-credentials.js';
import { parseInput, type ParsedInput } from '../verify/input.js';
import { resolveOptions } from '../verify/options.js';
import { checkProof } from '../verify/proof.js';
import { errorText } from '../verify/proof-common.js';
import { checkStatus } from '../verify/status.js';
import { unknownContext } from '../verify/structure.js';
import type { ResolvedOptions, VerifyOptions, VerifyResult } from '../verify/types.js';
import { VC_V2_CONTEXT } from '../contexts/urls.js';
import { checkAssociations } from './associations.js';
import { CLR_CHECK_IDS, type ClrCheck, type ClrVerifyResult } from './types.js';

export const CLR_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json';

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

async function checkClrContext(
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<ClrCheck> {
  const contexts = [credential['@context']].flat();
  if (contexts[0] !== VC_V2_CONTEXT)
    return check('context', 'failed', 'The first @context must be VC 2.0', 'ob.context.invalid');
  if (!contexts.some((c) => typeof c === 'string' && CLR_CONTEXT_PATTERN.test(c)))
    return check('context', 'failed', 'The CLR 2.0 context is missing', 'ob.context.invalid');
  const unknown = await unknownContext(contexts, options);
  return unknown === undefined
    ? check('context', 'passed', 'VC 2.0 and CLR 2.0 contexts')
    : check('context', 'failed', `Unknown context ${unknown}`, 'ob.context.unknown');
}

function checkClrStructure(credential: Record<string, unknown>): ClrCheck[] {
  const types = typesOf(credential);
  const type =
    types.includes('VerifiableCredential') && types.includes('ClrCredential')
      ? check('type', 'passed', 'VerifiableCredential, ClrCredential')
      : check(
          'type',
          'failed',
          'type must hold VerifiableCredential and ClrCredential',
          'ob.type.invalid',
        );
  const validate = bundledValidator(CLR_SCHEMA_URL);
  if (!validate) throw new Error('The CLR 2.0 schema is not bundled');
  const issues = checkJsonSchemaLenient(credential, validate);
  const schema =
    issues.length === 0
      ? check('schema', 'passed', 'Matches the CLR 2.0 ClrCredential JSON Schema')
      : check(
          'schema',
          'failed',
          `Does not match the CLR 2.0 JSON Schema: ${issues
            .slice(0, 5)
            .map((i) => `${i.field} ${i.message}`)
            .join('; ')}`,
          'ob.schema.invalid',
        );
  const subject = asRecord(credential.credentialSubject);
  const held = [subject?.verifiableCredential].flat().filter((c) => c !== undefined);
  const subjectCheck =
    subject && typesOf(subject).includes('ClrSubject') && held.length > 0
      ? check('subject', 'passed', `ClrSubject holding ${held.length} credential(s)`)
      : check(
          'subject',
          'failed',
          'credentialSubject must be a ClrSubject holding at least one verifiableCredential',
          'ob.clr.subject_invalid',
        );
  return [type, schema, subjectCheck];
}

async function runClrChecks(
  parsed: ParsedInput,
  options: ResolvedOptions,
  raw: VerifyOptions,
): Promise<{ checks: ClrCheck[]; credentials: VerifyResult[] }> {
  const { credential } = parsed;
  const checks: ClrCheck[] = [
    check('format', 'passed', parsed.format === 'jwt' ? 'Compact JWS' : 'JSON credential'),
    await checkClrContext(credential, options),
    ...checkClrStructure(credential),
    (await checkProof(parsed, options)) as ClrCheck,
    (await checkStatus(credential, options)) as ClrCheck,
    ...(checkDates(credential, options.clock(), options.skewSeconds) as ClrCheck[]),
  ];
  const subject = asRecord(credential.credentialSubject) ?? {};
  const held = [subject.verifiableCredential].flat().filter((c) => c !== undefined);
  const credentials: VerifyResult[] = [];
  for (const entry of held) credentials.push(await verifyHeldCredential(entry, raw));
  checks.push(credentialsCheck(credentials, true), checkAssociations(subject, credentials));
  return { checks, credentials };
}

function finishClr(
  checks: ClrCheck[],
  options: ResolvedOptions,
  extra: Partial<ClrVerifyResult> = {},
): ClrVerifyResult {
  const result = containerOutcome(checks);
  return {
    version: 'clr-2.0',
    result,
    verified: result === 'verified',
    checks,
    errors: errorsOf(checks),
    warnings: options.warnings,
    credentials: [],
    ...extra,
  };
}

/**
 * Verifies a Comprehensive Learner Record 2.0 `ClrCredential` (object, JSON text or VC-JWT): its context, type,
 * the CLR 2.0 JSON Schema, its subject, its own proof by its issuer, status and dates; then every credential it holds
 * with verify() (each by its own issuer), and every association between the achievements it holds. Same verdict
 * contract as verify(): a bad CLR never throws, wrong option types throw TypeError.
 */
export async function verifyClr(input: unknown, options?: VerifyOptions): Promise<ClrVerifyResult> {
  const resolved = resolveOptions(options);
  const skippedRest = (reason: string) =>
    CLR_CHECK_IDS.slice(1).map((id) => check(id, 'skipped', reason));
  let parsed: ParsedInput;
  try {
    parsed = parseInput(input, resolved.maxBytes);
  } catch (error) {
    if (!(error instanceof OpenBadgesError)) throw error;
    const format = check('format', 'failed', `${error.code}: ${error.message}`, error.code);
    return finishClr([format, ...skippedRest('Input could not be read')], resolved);
  }
  try {
    const { checks, credentials } = await runClrChecks(parsed, resolved, options ?? {});
    return finishClr(checks, resolved, {
      credential: parsed.credential,
      format: parsed.format,
      credentials,
    });
  } catch (error) {
    const stopped = check(
      'format',
      'failed',
      `Verification stopped: ${errorText(error)}`,
      'ob.internal_error',
    );
    return finishClr([stopped, ...skippedRest('Verification stopped')], resolved);
  }
}
