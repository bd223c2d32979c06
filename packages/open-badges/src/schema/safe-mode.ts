import jsonld from 'jsonld';
import { createDocumentLoader, type DocumentLoader } from '../contexts/document-loader.js';
import { OpenBadgesError } from '../errors.js';

export interface JsonLdIssue {
  field: string;
  message: string;
}

/**
 * Expands the document in JSON-LD safe mode: any term the contexts do not define (which would be silently
 * dropped from the signed data) is reported, with the offending property name. With the default loader the result
 * is memoized by document shape (see checkJsonLdSafeModeCached).
 */
export async function checkJsonLdSafeMode(
  document: unknown,
  documentLoader?: DocumentLoader,
): Promise<JsonLdIssue[]> {
  return documentLoader
    ? expandSafely(document, documentLoader)
    : checkJsonLdSafeModeCached(document);
}

const defaultLoader = createDocumentLoader();

async function expandSafely(
  document: unknown,
  documentLoader: DocumentLoader,
): Promise<JsonLdIssue[]> {
  try {
    await jsonld.expand(document, { documentLoader, safe: true });
    return [];
  } catch (error) {
    return [describe(error)];
  }
}

// Safe-mode events depend on the contexts, the property names, the type values and, for other strings, only on
// the class jsonld sorts them into: absolute IRI (jsonld's own test, whitespace included), blank node, keyword-like
// (`@…`, "reserved @id value"), empty, or relative (with or without a scheme). Literal text never matters, except where it is a term or a
// language tag: under `type`, `proofPurpose` (the only `@type: @vocab` term of the bundled contexts) and any
// `@`-keyword; inline contexts are kept whole. Documents with the same shape therefore get the same result.
const shapeCache = new Map<string, JsonLdIssue[]>();
const SHAPE_CACHE_SIZE = 256;
const ABSOLUTE_IRI = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/; // jsonld/lib/url.js isAbsoluteRegex
const LITERAL_KEYS = new Set(['type', 'proofPurpose']);

function stringClass(value: string): string {
  if (value.startsWith('_:')) return 'b';
  if (ABSOLUTE_IRI.test(value)) return 'i';
  if (value.startsWith('@')) return 'k';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return 's'; // a scheme, yet not absolute (whitespace): kept apart
  return value === '' ? 'e' : 't';
}

// JSON.stringify returns undefined for undefined and functions, whatever its declared type says.
function literal(value: unknown): string {
  const text: unknown = JSON.stringify(value);
  return typeof text === 'string' ? text : 'u';
}

function writeShape(value: unknown, key: string | undefined, out: string[]): void {
  if (
    key !== undefined &&
    (key.startsWith('@') || LITERAL_KEYS.has(key)) &&
    typeof value !== 'object'
  ) {
    out.push(literal(value));
  } else if (key === '@context') {
    out.push(literal(value));
  } else if (Array.isArray(value)) {
    out.push('[');
    for (const item of value) {
      writeShape(item, key, out);
      out.push(',');
    }
    out.push(']');
  } else if (typeof value === 'object' && value !== null) {
    out.push('{');
    for (const [k, v] of Object.entries(value)) {
      out.push(JSON.stringify(k), ':');
      writeShape(v, k, out);
      out.push(',');
    }
    out.push('}');
  } else if (typeof value === 'string') {
    out.push(stringClass(value));
  } else {
    out.push(
      value === null
        ? 'N'
        : typeof value === 'number'
          ? 'n'
          : typeof value === 'boolean'
            ? 'B'
            : 'u',
    );
  }
}

/** The cache key: equal for documents that JSON-LD safe mode necessarily treats alike. */
export function jsonLdShape(document: unknown): string {
  const out: string[] = [];
  writeShape(document, undefined, out);
  return out.join('');
}

/** Same as checkJsonLdSafeMode with the default loader, memoized by document shape. */
export async function checkJsonLdSafeModeCached(document: unknown): Promise<JsonLdIssue[]> {
  const key = jsonLdShape(document);
  const hit = shapeCache.get(key);
  if (hit) return hit;
  const issues = await expandSafely(document, defaultLoader);
  if (shapeCache.size >= SHAPE_CACHE_SIZE) shapeCache.delete(shapeCache.keys().next().value ?? '');
  shapeCache.set(key, issues);
  return issues;
}

export async function assertJsonLdSafeMode(
  document: unknown,
  documentLoader?: DocumentLoader,
): Promise<void> {
  const [first] = documentLoader
    ? await checkJsonLdSafeMode(document, documentLoader)
    : await checkJsonLdSafeModeCached(document);
  if (first) {
    const code = first.field === '@context' ? 'ob.unknown_context' : 'ob.jsonld_invalid';
    throw new OpenBadgesError(code, `JSON-LD safe mode rejected ${first.field}: ${first.message}`, {
      field: first.field,
    });
  }
}

/** The safe-mode issue carried by a jsonld error (as thrown while canonizing), if that is what it is. */
export function jsonLdIssueFromError(error: unknown): JsonLdIssue | undefined {
  const field = findField(error, 0);
  return field === undefined
    ? undefined
    : { field, message: error instanceof Error ? error.message : String(error) };
}

function describe(error: unknown): JsonLdIssue {
  if (error instanceof OpenBadgesError) return { field: '@context', message: error.message };
  const found = findField(error, 0);
  const message = error instanceof Error ? error.message : String(error);
  if (found) return { field: found, message };
  return { field: '/', message };
}

// jsonld wraps the loader error and the safe-mode event in `details`; walk them to find the property name.
function findField(error: unknown, depth: number): string | undefined {
  if (depth > 6 || typeof error !== 'object' || error === null) return undefined;
  const record = error as Record<string, unknown>;
  if (record.code === 'ob.unknown_context') return '@context';
  for (const key of ['property', 'term']) {
    const value = record[key];
    if (typeof value === 'string') return value;
  }
  for (const key of ['details', 'event', 'cause']) {
    const nested = findField(record[key], depth + 1);
    if (nested !== undefined) return nested;
  }
  return undefined;
}
