import { Ajv2019, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js';
import * as formatsModule from 'ajv-formats';
import { readBundledSchema } from '../contexts/bundled.js';
import { OB_SCHEMA_URL } from '../contexts/urls.js';
import { OpenBadgesError } from '../errors.js';

export interface SchemaIssue {
  /** JSON Pointer of the offending field, e.g. `/credentialSubject/type`. */
  field: string;
  message: string;
}
export type SchemaKind = 'AchievementCredential' | 'EndorsementCredential';

const SCHEMA_FILE = 'ob_v3p0_achievementcredential_schema.json';
const validators = new Map<SchemaKind, ValidateFunction>();

type FormatsPlugin = (ajv: Ajv2019) => Ajv2019;

// ajv-formats is CommonJS with `module.exports = plugin`; under NodeNext the plugin may surface as the namespace or its default.
function formatsPlugin(): FormatsPlugin {
  const candidate: unknown = formatsModule;
  const withDefault = candidate as { default?: unknown };
  const fn = typeof withDefault.default === 'function' ? withDefault.default : candidate;
  if (typeof fn !== 'function') throw new Error('ajv-formats did not load');
  return fn as FormatsPlugin;
}

function compile(kind: SchemaKind): ValidateFunction {
  const existing = validators.get(kind);
  if (existing) return existing;
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  formatsPlugin()(ajv);
  const schema = readBundledSchema(SCHEMA_FILE) as { $id: string };
  ajv.addSchema(schema);
  const ref =
    kind === 'AchievementCredential' ? schema.$id : `${schema.$id}#/$defs/EndorsementCredential`;
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`Schema ${ref} not found`);
  validators.set(kind, validate);
  return validate;
}

/** Validates against the official 1EdTech JSON Schema (draft 2019-09) bundled with the package. */
export function checkJsonSchema(
  document: unknown,
  kind: SchemaKind = 'AchievementCredential',
): SchemaIssue[] {
  const validate = compile(kind);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(toIssue);
}

/**
 * Like checkJsonSchema, but reads a single value where the schema wants an array as a one-element array: in JSON-LD
 * both forms mean the same, and signed samples (e.g. the implementation-guide vector's `proof`) use the single form.
 */
export function checkJsonSchemaLenient(
  document: unknown,
  kind: SchemaKind = 'AchievementCredential',
): SchemaIssue[] {
  const validate = compile(kind);
  let current = document;
  for (let round = 0; round < 32; round += 1) {
    if (validate(current)) return [];
    const errors = validate.errors ?? [];
    const paths = errors
      .filter((e) => e.keyword === 'type' && (e.params as { type?: unknown }).type === 'array')
      .map((e) => e.instancePath);
    if (paths.length === 0) return errors.map(toIssue);
    if (current === document) current = structuredClone(document);
    let changed = false;
    for (const path of new Set(paths)) changed = wrapAt(current, path) || changed;
    if (!changed) return errors.map(toIssue);
  }
  return checkJsonSchema(current, kind);
}

function wrapAt(root: unknown, pointer: string): boolean {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = parts.pop();
  if (last === undefined) return false;
  let node: unknown = root;
  for (const part of parts) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'object' || node === null) return false;
  const parent = node as Record<string, unknown>;
  const value = parent[last];
  if (Array.isArray(value) || value === undefined) return false;
  parent[last] = [value];
  return true;
}

function toIssue(error: ErrorObject): SchemaIssue {
  const missing =
    error.keyword === 'required'
      ? (error.params as { missingProperty?: string }).missingProperty
      : undefined;
  const field =
    missing !== undefined ? `${error.instancePath}/${missing}` : error.instancePath || '/';
  return { field, message: `${field}: ${error.message ?? error.keyword}` };
}

/** Throws `ob.schema_invalid` naming the first offending field. */
export function assertJsonSchema(
  document: unknown,
  kind: SchemaKind = 'AchievementCredential',
): void {
  const issues = checkJsonSchema(document, kind);
  const first = issues[0];
  if (first) {
    throw new OpenBadgesError(
      'ob.schema_invalid',
      `Credential does not match the ${kind} JSON Schema at ${first.message}`,
      {
        field: first.field,
        issues,
        schema: OB_SCHEMA_URL,
      },
    );
  }
}
