import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import serviceSchema from './service.json' with { type: 'json' };
import structureSchema from './structure.json' with { type: 'json' };

// The schemas are data·inclusion v1 as published (pydantic output: `$defs`, no `$schema`, i.e. JSON
// Schema 2020-12), bundled from ../shared/standards so the server never reads outside its package.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);

export const validateStructure: ValidateFunction = ajv.compile(structureSchema);
export const validateService: ValidateFunction = ajv.compile(serviceSchema);

/** Ajv's errors as short readable reasons: "/code_insee: must match pattern …". */
export function reasonsOf(errors: ErrorObject[] | null | undefined): string[] {
  // anyOf branches repeat the same failure (type null, then the real one): keep the informative ones.
  const useful = (errors ?? []).filter(
    (e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null'),
  );
  return [...new Set(useful.map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`))];
}
