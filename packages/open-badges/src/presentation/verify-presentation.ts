import { verifyClr } from '../clr/verify-clr.js';
import type { ClrVerifyResult } from '../clr/types.js';
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts/urls.js';
import { OpenBadgesError } from '../errors.js';
import {
  check,
  containerOutcome,
  errorsOf,
  readJsonObject,
  typesOf,
  type ContainerWarning,
} from '../verify/container.js';
import {
  credentialsCheck,
  heldInput,
  isClr,
  verifyHeldCredential,
} from '../verify/held-credentials.js';
import { resolveOptions } from '../verify/options.js';
import { asRecords } from '../verify/proof.js';
import { errorText } from '../verify/proof-common.js';
import { unknownContext } from '../verify/structure.js';
import type { ResolvedOptions, VerifyResult } from '../verify/types.js';
import { authenticationProof, checkBinding, checkHolderProof } from './holder-proof.js';
import {
  PRESENTATION_CHECK_IDS,
  type PresentationCheck,
  type PresentationOptions,
  type PresentationVerifyResult,
} from './types.js';

function optionalString(value: unknown, name: string): void {
  if (value !== undefined && (typeof value !== 'string' || value === ''))
    throw new TypeError(`options.${name} must be a non-empty string`);
}

async function checkEnvelope(
  presentation: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<PresentationCheck[]> {
  const contexts = [presentation['@context']].flat();
  const first = contexts[0];
  const unknown = await unknownContext(contexts, options);
  const context =
    first !== VC_V2_CONTEXT && first !== VC_V1_CONTEXT
      ? check(
          'context',
          'failed',
          'The first @context must be VC 2.0 (or 1.1)',
          'ob.context.invalid',
        )
      : unknown !== undefined
        ? check('context', 'failed', `Unknown context ${unknown}`, 'ob.context.unknown')
        : check('context', 'passed', 'VC context');
  const type = typesOf(presentation).includes('VerifiablePresentation')
    ? check('type', 'passed', 'VerifiablePresentation')
    : check('type', 'failed', 'type must hold VerifiablePresentation', 'ob.type.invalid');
  return [context, type];
}

function subjectIds(result: VerifyResult | ClrVerifyResult): unknown[] {
  return [result.credential?.credentialSubject]
    .flat()
    .map((s) => (typeof s === 'object' && s !== null ? (s as { id?: unknown }).id : undefined))
    .filter((id) => id !== undefined);
}

async function heldResults(
  presentation: Record<string, unknown>,
  options: PresentationOptions,
): Promise<(VerifyResult | ClrVerifyResult)[]> {
  const { challenge: _c, domain: _d, ...verifyOptions } = options;
  const entries = [presentation.verifiableCredential].flat().filter((c) => c !== undefined);
  const results: (VerifyResult | ClrVerifyResult)[] = [];
  for (const entry of entries)
    results.push(
      isClr(heldInput(entry))
        ? await verifyClr(heldInput(entry), verifyOptions)
        : await verifyHeldCredential(entry, verifyOptions),
    );
  return results;
}

function warn(warnings: ContainerWarning<string>[], ...entries: ContainerWarning<string>[]): void {
  warnings.push(...entries);
}

async function runPresentationChecks(
  presentation: Record<string, unknown>,
  options: PresentationOptions,
  resolved: ResolvedOptions,
): Promise<Omit<PresentationVerifyResult, 'version' | 'result' | 'verified' | 'errors'>> {
  const proof = authenticationProof(presentation);
  const { check: proofCheck, holder } = await checkHolderProof(presentation, proof, resolved);
  const credentials = await heldResults(presentation, options);
  const checks: PresentationCheck[] = [
    check('format', 'passed', 'JSON presentation'),
    ...(await checkEnvelope(presentation, resolved)),
    checkBinding('challenge', proof, options.challenge),
    checkBinding('domain', proof, options.domain),
    proofCheck,
    credentialsCheck(credentials, false),
  ];
  const warnings = resolved.warnings as ContainerWarning<string>[];
  if (options.challenge === undefined)
    warn(warnings, {
      id: 'challenge',
      code: 'ob.presentation.challenge_not_checked',
      message: 'No challenge was expected: a replayed presentation cannot be told apart',
    });
  if (options.domain === undefined && proof?.domain !== undefined)
    warn(warnings, {
      id: 'domain',
      code: 'ob.presentation.domain_not_checked',
      message: `The proof's domain ${JSON.stringify(proof.domain)} was not compared`,
    });
  if (asRecords(presentation.proof).length > 1)
    warn(warnings, {
      id: 'proof',
      code: 'ob.presentation.other_proof_ignored',
      message: 'Only the first authentication proof is checked',
    });
  for (const [i, result] of credentials.entries())
    if (holder !== undefined && subjectIds(result).some((id) => id !== holder))
      warn(warnings, {
        id: 'credentials',
        code: 'ob.presentation.subject_not_holder',
        message: `Credential #${i} is about someone other than the holder ${holder}`,
      });
  return { checks, warnings, presentation, credentials, ...(holder ? { holder } : {}) };
}

function finishPresentation(
  parts: Omit<PresentationVerifyResult, 'version' | 'result' | 'verified' | 'errors'>,
): PresentationVerifyResult {
  const result = containerOutcome(parts.checks);
  return {
    version: 'presentation',
    result,
    verified: result === 'verified',
    errors: errorsOf(parts.checks),
    ...parts,
  };
}

/**
 * Verifies a Verifiable Presentation (object or JSON text): the holder's Data Integrity proof (eddsa-rdfc-2022 or
 * ecdsa-rdfc-2019, purpose `authentication`, by a key of the holder) with the `challenge` and `domain` the verifier
 * expects, then every credential it holds (verify(), or verifyClr for a ClrCredential). Same verdict contract as
 * verify(): a bad presentation never throws, wrong option types throw TypeError.
 */
export async function verifyPresentation(
  input: unknown,
  options: PresentationOptions = {},
): Promise<PresentationVerifyResult> {
  const resolved = resolveOptions(options);
  optionalString(options.challenge, 'challenge');
  optionalString(options.domain, 'domain');
  const rest = (reason: string) =>
    PRESENTATION_CHECK_IDS.slice(1).map((id) => check(id, 'skipped', reason));
  let presentation: Record<string, unknown>;
  try {
    presentation = readJsonObject(input, resolved.maxBytes);
  } catch (error) {
    if (!(error instanceof OpenBadgesError)) throw error;
    const format = check('format', 'failed', `${error.code}: ${error.message}`, error.code);
    return finishPresentation({
      checks: [format, ...rest('Input could not be read')],
      warnings: [],
      credentials: [],
    });
  }
  try {
    return finishPresentation(await runPresentationChecks(presentation, options, resolved));
  } catch (error) {
    const stopped = check(
      'format',
      'failed',
      `Verification stopped: ${errorText(error)}`,
      'ob.internal_error',
    );
    return finishPresentation({
      checks: [stopped, ...rest('Verification stopped')],
      warnings: [],
      credentials: [],
    });
  }
}
