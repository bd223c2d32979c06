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
  const ref = kind === 'AchievementCredential' ? schema.$id : `${schema.$id}#/$defs/EndorsementCredential`;
  const validate = ajv.getSchema(ref);
  if (!validate) throw new Error(`Schema ${ref} not found`);
  validators.set(kind, validate);
  return validate;
}

/** Validates against the official 1EdTech JSON Schema (draft 2019-09) bundled with the package. */
export function checkJsonSchema(document: unknown, kind: SchemaKind = 'AchievementCredential'): SchemaIssue[] {
  const validate = compile(kind);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(toIssue);
}

function toIssue(error: ErrorObject): SchemaIssue {
  const missing = error.keyword === 'required' ? (error.params as { missingProperty?: string }).missingProperty : undefined;
  const field = missing !== undefined ? `${error.instancePath}/${missing}` : error.instancePath || '/';
  return { field, message: `${field}: ${error.message ?? error.keyword}` };
}

/** Throws `ob.schema_invalid` naming the first offending field. */
export function assertJsonSchema(document: unknown, kind: SchemaKind = 'AchievementCredential'): void {
  const issues = checkJsonSchema(document, kind);
  const first = issues[0];
  if (first) {
    throw new OpenBadgesError('ob.schema_invalid', `Credential does not match the ${kind} JSON Schema at ${first.message}`, {
      field: first.field,
      issues,
      schema: OB_SCHEMA_URL,
    });
  }
}
