import type { ValidateFunction } from 'ajv/dist/2019.js';
import { bundledContextUrls } from '../contexts/bundled.js';
import { OB_CONTEXT_URLS, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts/urls.js';
import {
  bundledValidator,
  checkJsonSchemaLenient,
  fetchedValidator,
  officialSchemaValidator,
  type SchemaIssue,
} from '../schema/json-schema.js';
import { schemaKind } from '../sign/prepare.js';
import { errorText } from './proof-common.js';
import {
  failed,
  indeterminate,
  passed,
  skipped,
  type Check,
  type ResolvedOptions,
} from './types.js';

const KNOWN = new Set(bundledContextUrls());
const CREDENTIAL_TYPES = ['OpenBadgeCredential', 'AchievementCredential', 'EndorsementCredential'];
const SCHEMA_VALIDATOR_TYPE = '1EdTechJsonSchemaValidator2019';

export function vcVersion(credential: Record<string, unknown>): '1.1' | '2.0' | undefined {
  const first = [credential['@context']].flat()[0];
  return first === VC_V2_CONTEXT ? '2.0' : first === VC_V1_CONTEXT ? '1.1' : undefined;
}

/** A context URL the loader cannot serve (the bundled ones, or what the caller's loader answers). */
export async function unknownContext(
  contexts: unknown[],
  options: ResolvedOptions,
): Promise<string | undefined> {
  for (const context of contexts) {
    // Inline contexts are accepted; a remote context they import is refused when the proof is canonicalized.
    if (typeof context === 'object' && context !== null && !Array.isArray(context)) continue;
    if (typeof context !== 'string') return 'a context that is neither a URL nor an object';
    if (KNOWN.has(context) && options.documentLoader === undefined) continue;
    if (options.documentLoader === undefined) return context;
    try {
      await options.documentLoader(context);
    } catch {
      return context;
    }
  }
  return undefined;
}

export async function checkContext(
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const contexts = [credential['@context']].flat();
  const version = vcVersion(credential);
  if (version === undefined)
    return failed(
      'context',
      'The first @context must be the VC 2.0 (or VC 1.1) context',
      'ob.context.invalid',
    );
  if (!contexts.some((c) => typeof c === 'string' && OB_CONTEXT_URLS.includes(c)))
    return failed(
      'context',
      'The Open Badges 3.0 context is missing from @context',
      'ob.context.invalid',
    );
  const unknown = await unknownContext(contexts, options);
  if (unknown !== undefined)
    return failed(
      'context',
      `ob.unknown_context: ${unknown} is not a known context`,
      'ob.context.unknown',
    );
  return passed(
    'context',
    version === '1.1'
      ? 'VC 1.1 contexts (accepted for verification, never issued)'
      : 'VC 2.0 and OB 3.0 contexts',
  );
}

export function checkType(credential: Record<string, unknown>): Check {
  const types = [credential.type].flat();
  if (!types.includes('VerifiableCredential'))
    return failed('type', 'type must include VerifiableCredential', 'ob.type.invalid');
  const own = types.find((t) => typeof t === 'string' && CREDENTIAL_TYPES.includes(t));
  if (own === undefined)
    return failed(
      'type',
      'type must include OpenBadgeCredential, AchievementCredential or EndorsementCredential',
      'ob.type.invalid',
    );
  return passed('type', own as string);
}

/** The validator for a credentialSchema id: bundled, else fetched (the check is indeterminate without it). */
async function validatorFor(
  id: string,
  options: ResolvedOptions,
): Promise<ValidateFunction | Check> {
  const bundled = bundledValidator(id);
  if (bundled) return bundled;
  if (!options.fetchJson || !/^https:\/\//i.test(id))
    return indeterminate(
      'schema',
      `The credentialSchema ${id} is not bundled and fetching it is not allowed`,
      'ob.schema.unreachable',
    );
  try {
    return fetchedValidator(id, await options.fetchJson(id));
  } catch (error) {
    return indeterminate(
      'schema',
      `The credentialSchema ${id} could not be used: ${errorText(error)}`,
      'ob.schema.unreachable',
    );
  }
}

function schemaEntries(credential: Record<string, unknown>, options: ResolvedOptions): string[] {
  const ids: string[] = [];
  for (const entry of [credential.credentialSchema].flat()) {
    if (entry === undefined) continue;
    const { id, type } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    if (type === SCHEMA_VALIDATOR_TYPE && typeof id === 'string') ids.push(id);
    else
      options.warnings.push({
        id: 'schema',
        code: 'ob.schema.unsupported_type',
        message: `credentialSchema entry of type ${JSON.stringify(type)} not checked`,
      });
  }
  return ids;
}

function summary(issues: readonly SchemaIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => i.message)
    .join('; ');
}

/**
 * OB 3.0 §9.1: the official schema of the credential's kind, and every credentialSchema entry of type
 * 1EdTechJsonSchemaValidator2019 against its own schema (bundled, or fetched when fetching is allowed).
 */
export async function checkSchema(
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  if (vcVersion(credential) === '1.1')
    return skipped(
      'schema',
      'The OB 3.0 JSON Schemas describe VC 2.0 credentials; VC 1.1 credential not schema-checked',
    );
  const kind = schemaKind(credential);
  const formal = checkJsonSchemaLenient(credential, officialSchemaValidator(kind));
  if (formal.length > 0)
    return failed(
      'schema',
      `Does not match the official ${kind} JSON Schema: ${summary(formal)}`,
      'ob.schema.invalid',
    );
  let pending: Check | undefined;
  for (const id of schemaEntries(credential, options)) {
    const validate = await validatorFor(id, options);
    if (typeof validate !== 'function') {
      pending ??= validate;
      continue;
    }
    const issues = checkJsonSchemaLenient(credential, validate);
    if (issues.length > 0)
      return failed(
        'schema',
        `Does not match the JSON Schema ${id}: ${summary(issues)}`,
        'ob.schema.invalid',
      );
  }
  return pending ?? passed('schema', `Matches the official ${kind} JSON Schema`);
}
