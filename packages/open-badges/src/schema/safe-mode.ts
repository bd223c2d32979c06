import jsonld from 'jsonld';
import { createDocumentLoader, type DocumentLoader } from '../contexts/document-loader.js';
import { OpenBadgesError } from '../errors.js';

export interface JsonLdIssue {
  field: string;
  message: string;
}

/**
 * Expands the document in JSON-LD safe mode: any term the contexts do not define (which would be silently
 * dropped from the signed data) is reported, with the offending property name.
 */
export async function checkJsonLdSafeMode(
  document: unknown,
  documentLoader: DocumentLoader = createDocumentLoader(),
): Promise<JsonLdIssue[]> {
  try {
    await jsonld.expand(document, { documentLoader, safe: true });
    return [];
  } catch (error) {
    return [describe(error)];
  }
}

// Safe-mode events depend on the contexts, the property names, the type values and whether IRI-like values are
// absolute, blank-node or relative; never on literal text. Documents of the same shape share one result.
const shapeCache = new Map<string, JsonLdIssue[]>();
const SHAPE_CACHE_SIZE = 256;

function shapeOf(value: unknown, key: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => shapeOf(v, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v, k)]));
  }
  if (typeof value !== 'string') return typeof value;
  if (key === 'type' || key === '@type' || key === '@context') return value;
  if (value.startsWith('_:')) return '\u0000bnode';
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) ? '\u0000iri' : '\u0000text';
}

/** Same as checkJsonLdSafeMode with the default loader, memoized by document shape. */
export async function checkJsonLdSafeModeCached(document: unknown): Promise<JsonLdIssue[]> {
  const key = JSON.stringify(shapeOf(document, undefined));
  const hit = shapeCache.get(key);
  if (hit) return hit;
  const issues = await checkJsonLdSafeMode(document);
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
