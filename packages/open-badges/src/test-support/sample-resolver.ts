import { readdirSync } from 'node:fs';
import { DID_V1_CONTEXT } from '../contexts/urls.js';
import { didWebToUrl } from '../keys/documents.js';
import { readJsonFixture } from './fixtures.js';

/**
 * Serves, for the 1EdTech samples, the issuer documents their verification methods imply: the key id is
 * `<controller>#<publicKeyMultibase>`, so the document at `<controller>` lists that Multikey (MANIFEST caveat).
 */
export function sampleResolver(extra: Record<string, unknown> = {}): {
  fetchJson: (url: string) => Promise<unknown>;
  calls: string[];
} {
  const documents = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(new URL('../../test/fixtures/ob30-samples/', import.meta.url))) {
    if (!file.endsWith('.json')) continue;
    const sample = readJsonFixture(`ob30-samples/${file}`);
    for (const proof of [sample.proof].flat()) {
      const vm = (proof as { verificationMethod?: unknown } | undefined)?.verificationMethod;
      if (typeof vm !== 'string' || !/^(https?|did:web):/.test(vm) || !vm.includes('#z6Mk'))
        continue;
      const [controller = '', multibase = ''] = vm.split('#');
      const url = controller.startsWith('did:web:') ? didWebToUrl(controller) : controller;
      const doc = documents.get(url) ?? {
        '@context': [DID_V1_CONTEXT],
        id: controller,
        verificationMethod: [],
        assertionMethod: [],
      };
      (doc.verificationMethod as unknown[]).push({
        id: vm,
        type: 'Multikey',
        controller,
        publicKeyMultibase: multibase,
      });
      (doc.assertionMethod as unknown[]).push(vm);
      documents.set(url, doc);
    }
  }
  const calls: string[] = [];
  const fetchJson = (url: string): Promise<unknown> => {
    calls.push(url);
    const hit = extra[url] ?? documents.get(url);
    return hit === undefined
      ? Promise.reject(new Error(`404 ${url}`))
      : Promise.resolve(structuredClone(hit));
  };
  return { fetchJson, calls };
}
