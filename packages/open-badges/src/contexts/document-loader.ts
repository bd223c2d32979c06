import { OpenBadgesError } from '../errors.js';
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
}

/**
 * A JSON-LD document loader that serves only the contexts bundled with the package (plus the given documents).
 * It never touches the network: any other URL fails with `ob.unknown_context`.
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const extra = toMap(options.documents);
  return (url: string) => {
    if (typeof url !== 'string') {
      return Promise.reject(new OpenBadgesError('ob.unknown_context', 'Document URL must be a string', {}));
    }
    const own = extra.get(url);
    try {
      const document = own !== undefined ? own : getBundledContext(url);
      return Promise.resolve({ contextUrl: null, documentUrl: url, document });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
}

function toMap(documents: DocumentLoaderOptions['documents']): ReadonlyMap<string, unknown> {
  if (documents === undefined) return new Map();
  if (documents instanceof Map) return documents;
  return new Map(Object.entries(documents));
}
