import { didWebToUrl, resolveDidKey } from '../keys/documents.js';

export type Method = Record<string, unknown> & { id: string; controller: string };

type FetchJson = ((url: string) => Promise<unknown>) | undefined;

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

/**
 * Finds the verification method `id` in its controller's document (issuer profile, did:web document; did:key is
 * derived offline) and checks that the document authorizes it for `assertionMethod`. Throws Error with a reason.
 */
export async function resolveVerificationMethod(
  id: unknown,
  fetchJson: FetchJson,
): Promise<Method> {
  if (typeof id !== 'string' || id.length === 0)
    throw new Error('The proof has no verificationMethod');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(id)?.[1]?.toLowerCase();
  if (scheme === undefined) throw new Error(`verificationMethod ${id} is not a URI`);
  if (id.startsWith('did:key:')) {
    const { method } = resolveDidKey(id);
    // A bare did:key names its only key: keep the id as the proof wrote it.
    return { ...method, id };
  }
  let url: string;
  if (id.startsWith('did:web:')) url = didWebToUrl(id.split('#')[0] ?? id);
  else if (id.startsWith('did:')) throw new Error(`Unsupported DID method in ${id}`);
  else if (scheme === 'https' || scheme === 'http') url = id.split('#')[0] ?? id;
  else throw new Error(`Unsupported URI scheme in verificationMethod ${id}`);
  if (!fetchJson) throw new Error(`No fetchJson given to resolve ${id}`);
  const document = asRecord(await fetchJson(url));
  if (!document) throw new Error(`${url} did not return a JSON object`);
  return findAuthorizedMethod(document, id);
}

function findAuthorizedMethod(document: Record<string, unknown>, id: string): Method {
  const listed = [
    ...[document.verificationMethod].flat(),
    ...[document.assertionMethod].flat(),
  ].map(asRecord);
  const method = listed.find((m) => m?.id === id) ?? (document.id === id ? document : undefined);
  if (!method || typeof method.controller !== 'string')
    throw new Error(`Key ${id} is not in its controller's document`);
  const authorized = [document.assertionMethod]
    .flat()
    .some((m) => m === id || asRecord(m)?.id === id);
  if (!authorized) throw new Error(`Key ${id} is not listed in assertionMethod`);
  if (document.id !== undefined && method.controller !== document.id) {
    throw new Error(
      `Key ${id} is controlled by ${method.controller}, not by the document ${JSON.stringify(document.id)}`,
    );
  }
  return method as Method;
}
