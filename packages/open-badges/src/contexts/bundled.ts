import { readFileSync } from 'node:fs';
import { OpenBadgesError } from '../errors.js';

/**
 * URL -> file under the package's `contexts/` folder. This module sits two levels below the package root in
 * both `src/` and `dist/`, so the same relative URL resolves in tests (TypeScript sources) and at run time (build).
 */
const FILES: Readonly<Record<string, string>> = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://www.w3.org/2018/credentials/v1': 'credentials-v1.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': 'context.json',
  'https://imsglobal.github.io/openbadges-specification/context.json': 'context.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': 'context-3.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': 'context-3.0.2.json',
  // Two copies of 3.0.3 were published: the errata copy (served by the 1EdTech validator) adds `jti` and
  // `endorsementJwt`. Only adding terms, it gives the same JSON-LD for every document the first copy can read in
  // safe mode, and reads those that use the new terms: it is the one served. The first is kept as
  // OB_CONTEXT_3_0_3_FIRST_COPY for callers that must reproduce it.
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'context-3.0.3-errata.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': 'extensions.json',
  'https://w3id.org/security/data-integrity/v1': 'data-integrity-v1.jsonld',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
  'https://w3id.org/security/suites/ed25519-2020/v1': 'ed25519-2020-v1.jsonld',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json': 'clr-context-2.0.1.json',
};

/** The first published copy of the OB 3.0.3 context (without `jti` and `endorsementJwt`), as a file name. */
export const OB_CONTEXT_3_0_3_FIRST_COPY = 'context-3.0.3.json';

/** A bundled context file read by name (e.g. OB_CONTEXT_3_0_3_FIRST_COPY). */
export function readBundledContextFile(file: string): unknown {
  return JSON.parse(readFileSync(bundledFileUrl('contexts', file), 'utf8'));
}

export const PACKAGE_ROOT = new URL('../../', import.meta.url);

export function bundledFileUrl(folder: 'contexts' | 'schemas', file: string): URL {
  return new URL(`${folder}/${file}`, PACKAGE_ROOT);
}

const cache = new Map<string, unknown>();

export function bundledContextUrls(): string[] {
  return Object.keys(FILES);
}

/** The parsed bundled context for `url`; throws `ob.unknown_context` for anything the package does not hold. */
export function getBundledContext(url: string): unknown {
  const cached = cache.get(url);
  if (cached !== undefined) return cached;
  const file = FILES[url];
  if (file === undefined) {
    throw new OpenBadgesError('ob.unknown_context', `Unknown JSON-LD context or document: ${url}`, {
      url,
    });
  }
  const parsed: unknown = JSON.parse(readFileSync(bundledFileUrl('contexts', file), 'utf8'));
  cache.set(url, parsed);
  return parsed;
}

export function readBundledSchema(file: string): unknown {
  return JSON.parse(readFileSync(bundledFileUrl('schemas', file), 'utf8'));
}
