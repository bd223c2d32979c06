import { buildIssuerProfile } from '../keys/documents.js';
import type { IssuerKey } from '../keys/issuer-key.js';
import { buildProfile } from '../model/builders.js';

/** An in-memory "web": the issuer profile (with its keys) and any extra documents, served by URL. */
export function issuerWeb(
  issuerId: string,
  keys: IssuerKey[],
  extra: Record<string, unknown> = {},
): (url: string) => Promise<unknown> {
  const documents: Record<string, unknown> = {
    [issuerId]: buildIssuerProfile(buildProfile({ id: issuerId, name: 'Issuer' }), keys),
    ...extra,
  };
  return (url) => {
    const hit = documents[url];
    return hit === undefined
      ? Promise.reject(new Error(`404 ${url}`))
      : Promise.resolve(structuredClone(hit));
  };
}
