// A JSON-LD document loader over the published context files: read as data from the package's `contexts/` folder
// (byte copies of the W3C, 1EdTech and Digital Bazaar files), never through the library under test.
import { readFileSync } from 'node:fs';

const FILES = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'credentials-v1.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'context-3.0.3.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': 'extensions.json',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'ed25519-2020-v1.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json': 'clr-context-2.0.1.json',
};

const dir = new URL('../../contexts/', import.meta.url);
const cache = new Map();

/** Serves the published contexts, plus `documents` (URL -> object) given by the caller. */
export function documentLoader(documents = {}) {
  return async (url) => {
    if (url in documents) return { contextUrl: null, documentUrl: url, document: documents[url] };
    const file = FILES[url];
    if (file === undefined) throw new Error(`generator loader: unknown ${url}`);
    if (!cache.has(url)) cache.set(url, JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    return { contextUrl: null, documentUrl: url, document: cache.get(url) };
  };
}
