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
export async function checkJsonLdSafeMode(document: unknown, documentLoader: DocumentLoader = createDocumentLoader()): Promise<JsonLdIssue[]> {
  try {
    await jsonld.expand(document, { documentLoader, safe: true });
    return [];
  } catch (error) {
    return [describe(error)];
  }
}

export async function assertJsonLdSafeMode(document: unknown, documentLoader?: DocumentLoader): Promise<void> {
  const [first] = await checkJsonLdSafeMode(document, documentLoader);
  if (first) {
    const code = first.field === '@context' ? 'ob.unknown_context' : 'ob.jsonld_invalid';
    throw new OpenBadgesError(code, `JSON-LD safe mode rejected ${first.field}: ${first.message}`, { field: first.field });
  }
}

/** The safe-mode issue carried by a jsonld error (as thrown while canonizing), if that is what it is. */
export function jsonLdIssueFromError(error: unknown): JsonLdIssue | undefined {
  const field = findField(error, 0);
  return field === undefined ? undefined : { field, message: error instanceof Error ? error.message : String(error) };
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
