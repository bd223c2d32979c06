import { createHash } from 'node:crypto';
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

const OB_SCHEMAS = 'https://purl.imsglobal.org/spec/ob/v3p0/schema/';

/** The published OB 3.0 JSON Schemas (2026 copies), plus the 2024 copy named by older credentials, by `$id`. */
const BUNDLED: Readonly<Record<string, string>> = {
  [`${OB_SCHEMAS}json/ob_v3p0_achievementcredential_schema.json`]:
    'ob_v3p0_achievementcredential_schema.json',
  [`${OB_SCHEMAS}json/ob_v3p0_endorsementcredential_schema.json`]:
    'ob_v3p0_endorsementcredential_schema.json',
  [`${OB_SCHEMAS}json/ob_v3p0_profile_schema.json`]: 'ob_v3p0_profile_schema.json',
  [`${OB_SCHEMAS}json-ld/ob_v3p0_achievementcredential_schema.json`]:
    'ob_v3p0_achievementcredential_schema-2024.json',
  'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json':
    'clr_v2p0_clrcredential_schema.json',
};

/** The schema a credential of each kind must match whatever its credentialSchema says (as named by credentials). */
export const OFFICIAL_SCHEMA: Readonly<Record<SchemaKind, string>> = {
  AchievementCredential: OB_SCHEMA_URL,
  EndorsementCredential: `${OB_SCHEMAS}json/ob_v3p0_endorsementcredential_schema.json`,
};

// The copies published in 2026 under `/schema/json/` are the "JSON-LD adaptation" (one value or an array), and
// their `type` alternatives accept any string: 1EdTech's own -err- samples (an Evidence typed "InvalidEvidence")
// pass them. The official check therefore uses the formal 2024 schema, reading single values as one-element arrays
// (checkJsonSchemaLenient); the 2026 copies still check the credentials that name them in credentialSchema.
const FORMAL_FILE = 'ob_v3p0_achievementcredential_schema-2024.json';

const validators = new Map<string, ValidateFunction>();
const VALIDATORS_SIZE = 64;

type FormatsPlugin = (ajv: Ajv2019) => Ajv2019;

// ajv-formats is CommonJS with `module.exports = plugin`; under NodeNext the plugin may surface as the namespace or its default.
function formatsPlugin(): FormatsPlugin {
  const candidate: unknown = formatsModule;
  const withDefault = candidate as { default?: unknown };
  const fn = typeof withDefault.default === 'function' ? withDefault.default : candidate;
  if (typeof fn !== 'function') throw new Error('ajv-formats did not load');
  return fn as FormatsPlugin;
}

// One Ajv per schema: schemas from elsewhere may reuse the `$id`s of the bundled ones.
function compileSchema(schema: object): ValidateFunction {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  formatsPlugin()(ajv);
  return ajv.compile(schema);
}

function remember(key: string, validate: ValidateFunction): ValidateFunction {
  if (validators.size >= VALIDATORS_SIZE) validators.delete(validators.keys().next().value ?? '');
  validators.set(key, validate);
  return validate;
}

/** The compiled bundled schema with this `$id`, or undefined when the package does not hold it. */
export function bundledValidator(id: string): ValidateFunction | undefined {
  const file = BUNDLED[id];
  if (file === undefined) return undefined;
  return validators.get(id) ?? remember(id, compileSchema(readBundledSchema(file) as object));
}

/** Compiles a schema fetched from `url` (cached by content); throws when it is not a usable JSON Schema. */
export function fetchedValidator(url: string, schema: unknown): ValidateFunction {
  if (typeof schema !== 'object' || schema === null) throw new Error(`${url} is not a JSON Schema`);
  const key = `${url}#${createHash('sha256').update(JSON.stringify(schema)).digest('hex')}`;
  return validators.get(key) ?? remember(key, compileSchema(schema));
}

function officialValidator(kind: SchemaKind): ValidateFunction {
  const key = `formal:${kind}`;
  const known = validators.get(key);
  if (known) return known;
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  formatsPlugin()(ajv);
  const schema = readBundledSchema(FORMAL_FILE) as { $id: string };
  ajv.addSchema(schema);
  const ref =
    kind === 'AchievementCredential' ? schema.$id : `${schema.$id}#/$defs/EndorsementCredential`;
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`Schema ${ref} not found`);
  return remember(key, validate);
}

/** The formal official schema of a kind (what `checkJsonSchema` uses). */
export function officialSchemaValidator(kind: SchemaKind): ValidateFunction {
  return officialValidator(kind);
}

/** Validates against the official 1EdTech JSON Schema (draft 2019-09) bundled with the package. */
export function checkJsonSchema(
  document: unknown,
  kind: SchemaKind = 'AchievementCredential',
): SchemaIssue[] {
  const validate = officialValidator(kind);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(toIssue);
}

/**
 * Like checkJsonSchema, but reads a single value where the schema wants an array as a one-element array: in JSON-LD
 * both forms mean the same, and signed samples (e.g. the implementation-guide vector's `proof`) use the single form.
 */
export function checkJsonSchemaLenient(
  document: unknown,
  kind: SchemaKind | ValidateFunction = 'AchievementCredential',
): SchemaIssue[] {
  const validate = typeof kind === 'string' ? officialValidator(kind) : kind;
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
  return validate(current) ? [] : (validate.errors ?? []).map(toIssue);
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

/**
 * Validates against a bundled schema by its `$id` (the published OB 3.0 schemas: achievement, endorsement, Profile),
 * reading single values as one-element arrays; undefined when the package does not hold that schema.
 */
export function checkJsonSchemaById(document: unknown, id: string): SchemaIssue[] | undefined {
  const validate = bundledValidator(id);
  return validate ? checkJsonSchemaLenient(document, validate) : undefined;
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
        schema: OFFICIAL_SCHEMA[kind],
      },
    );
  }
}
