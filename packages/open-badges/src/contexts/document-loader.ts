import { createHash } from 'node:crypto';
import { OpenBadgesError } from '../errors.js';
import { parseStrictJson } from '../json/strict-json.js';
import { getBundledContext } from './bundled.js';

export interface RemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
}
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

export interface DocumentLoaderOptions {
  /** Extra documents (e.g. verification methods already resolved) served by exact URL. */
  documents?: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;
  /** Answers every URL not in `documents`, instead of the bundled contexts (a caller's own loader). */
  fallback?: DocumentLoader | undefined;
  /** Contexts that may be fetched (with `fetchText`) when they are not bundled, by exact URL. */
  allow?: readonly string[];
  /** SHA-256 (hex) of the bytes expected at a URL: a fetched context must match its pin. */
  pinned?: Readonly<Record<string, string>>;
  /** Fetches an allowed context's text, e.g. `createFetchJson(policy).text`. */
  fetchText?: (url: string) => Promise<string>;
  /** Where fetched contexts are kept (default: a map owned by the loader). */
  cache?: Map<string, unknown>;
}

function refuse(url: string, message: string): OpenBadgesError {
  return new OpenBadgesError('ob.unknown_context', message, { url });
}

async function fetchAllowed(url: string, options: DocumentLoaderOptions): Promise<unknown> {
  if (options.fetchText === undefined || !(options.allow ?? []).includes(url))
    throw refuse(url, `Unknown JSON-LD context or document: ${url}`);
  const text = await options.fetchText(url);
  const pin = options.pinned?.[url];
  if (pin !== undefined && createHash('sha256').update(text).digest('hex') !== pin.toLowerCase())
    throw refuse(url, `The context at ${url} does not match its pinned hash`);
  return parseStrictJson(text);
}

/**
 * A JSON-LD document loader. By default it serves only the contexts bundled with the package (plus the given
 * documents) and never touches the network: any other URL fails with `ob.unknown_context`. A caller may allow
 * more contexts by URL, fetched once with `fetchText`, pinned to a hash, and kept in `cache`.
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const extra = toMap(options.documents);
  const cache = options.cache ?? new Map<string, unknown>();
  return async (url: string) => {
    if (typeof url !== 'string') throw refuse(String(url), 'Document URL must be a string');
    const own = extra.get(url);
    if (own !== undefined) return { contextUrl: null, documentUrl: url, document: own };
    if (options.fallback) return options.fallback(url);
    let document = cache.get(url);
    if (document === undefined) {
      try {
        document = getBundledContext(url);
      } catch (error) {
        if (!(error instanceof OpenBadgesError)) throw error;
        document = await fetchAllowed(url, options);
        cache.set(url, document);
      }
    }
    return { contextUrl: null, documentUrl: url, document };
  };
}

function toMap(documents: DocumentLoaderOptions['documents']): ReadonlyMap<string, unknown> {
  if (documents === undefined) return new Map();
  if (documents instanceof Map) return documents;
  return new Map(Object.entries(documents));
}
