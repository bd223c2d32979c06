import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from '../contexts/urls.js';
import { resolveDidJwk, resolveDidKey } from '../keys/dids.js';
import { didWebToUrl } from '../keys/documents.js';
import { jwkToMultibase, multibaseToJwk } from '../keys/multibase.js';
import { isJwkDocument, methodFromJwkDocument } from './jwk-document.js';
import { ProofError, Unreachable } from './proof-common.js';

/** What a key is used for: signing credentials, or a holder authenticating (a presentation). */
export type Relationship = 'assertionMethod' | 'authentication';

export type Method = Record<string, unknown> & { id: string; controller: string };

type FetchJson = ((url: string) => Promise<unknown>) | undefined;

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The URL of the document that lists `id` (issuer profile, did:web document), or the did:key method itself. */
function documentUrl(id: string): string | Method {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(id)?.[1]?.toLowerCase();
  if (scheme === undefined)
    throw new ProofError('ob.proof.key_not_found', `verificationMethod ${id} is not a URI`);
  if (id.startsWith('did:key:') || id.startsWith('did:jwk:')) {
    try {
      const { method } = id.startsWith('did:key:') ? resolveDidKey(id) : resolveDidJwk(id);
      // A bare DID names its only key: keep the id as the proof wrote it.
      return { ...method, id };
    } catch (error) {
      throw new ProofError('ob.proof.key_not_found', errorText(error));
    }
  }
  if (id.startsWith('did:web:')) {
    try {
      return didWebToUrl(id.split('#')[0] ?? id);
    } catch (error) {
      throw new ProofError('ob.proof.key_not_found', errorText(error));
    }
  }
  if (id.startsWith('did:'))
    throw new ProofError('ob.proof.key_not_found', `Unsupported DID method in ${id}`);
  if (scheme === 'https' || scheme === 'http') return id.split('#')[0] ?? id;
  throw new ProofError(
    'ob.proof.key_not_found',
    `Unsupported URI scheme in verificationMethod ${id}`,
  );
}

/**
 * Finds the verification method `id` in its controller's document (issuer profile, did:web document; did:key and
 * did:jwk are derived offline; a JWK or JWK Set served at the key's URL, see jwk-document.ts, is bound to `issuer`
 * by origin) and checks that the document authorizes it for `relationship`, that it is not revoked and not
 * expired at `now`. Throws ProofError with a reason, or Unreachable when the document cannot be fetched.
 */
export async function resolveVerificationMethod(
  id: unknown,
  fetchJson: FetchJson,
  now: Date,
  issuer?: string,
  relationship: Relationship = 'assertionMethod',
): Promise<Method> {
  if (typeof id !== 'string' || id.length === 0)
    throw new ProofError('ob.proof.key_not_found', 'The proof has no verificationMethod');
  const where = documentUrl(id);
  if (typeof where !== 'string') return where;
  if (!fetchJson) throw new Unreachable(`Fetching ${where} to find ${id} is not allowed`);
  let fetched: unknown;
  try {
    fetched = await fetchJson(where);
  } catch (error) {
    throw new Unreachable(`${where} could not be fetched: ${errorText(error)}`);
  }
  const document = asRecord(fetched);
  if (!document)
    throw new ProofError('ob.proof.key_not_found', `${where} did not return a JSON object`);
  if (isJwkDocument(document)) return methodFromJwkDocument(document, id, issuer);
  return findAuthorizedMethod(document, id, now, relationship);
}

/** The public JWK of a resolved method (JsonWebKey, or a Multikey's decoded form). */
export function methodJwk(method: Method): unknown {
  if (method.publicKeyJwk !== undefined) return method.publicKeyJwk;
  if (typeof method.publicKeyMultibase !== 'string') return undefined;
  try {
    return multibaseToJwk(method.publicKeyMultibase);
  } catch (error) {
    throw new ProofError('ob.proof.key_not_found', errorText(error));
  }
}

function findAuthorizedMethod(
  document: Record<string, unknown>,
  id: string,
  now: Date,
  relationship: Relationship,
): Method {
  const listed = [...[document.verificationMethod].flat(), ...[document[relationship]].flat()].map(
    asRecord,
  );
  const method = listed.find((m) => m?.id === id) ?? (document.id === id ? document : undefined);
  if (!method || typeof method.controller !== 'string')
    throw new ProofError('ob.proof.key_not_found', `Key ${id} is not in its controller's document`);
  // A compromised key is published with `revoked`: every signature it made fails, whatever its date.
  if (method.revoked !== undefined)
    throw new ProofError(
      'ob.proof.key_revoked',
      `Key ${id} was revoked (${JSON.stringify(method.revoked)})`,
    );
  const expires = typeof method.expires === 'string' ? Date.parse(method.expires) : NaN;
  if (method.expires !== undefined && !(expires > now.getTime()))
    throw new ProofError(
      'ob.proof.key_expired',
      `Key ${id} expired (${JSON.stringify(method.expires)})`,
    );
  const authorized = [document[relationship]]
    .flat()
    .some((m) => m === id || asRecord(m)?.id === id);
  if (!authorized)
    throw new ProofError(
      'ob.proof.key_not_authorized',
      `Key ${id} is not listed in ${relationship}`,
    );
  if (document.id !== undefined && method.controller !== document.id) {
    throw new ProofError(
      'ob.proof.key_not_authorized',
      `Key ${id} is controlled by ${method.controller}, not by the document ${JSON.stringify(document.id)}`,
    );
  }
  return method as Method;
}

/** The Multikey form of a resolved method (a JsonWebKey's EC or OKP key is encoded), for Data Integrity suites. */
export function methodMultibase(method: Method): string {
  if (typeof method.publicKeyMultibase === 'string') return method.publicKeyMultibase;
  const jwk = asRecord(method.publicKeyJwk);
  try {
    if (!jwk) throw new Error('it has neither publicKeyMultibase nor publicKeyJwk');
    return jwkToMultibase(jwk);
  } catch (error) {
    throw new ProofError('ob.proof.key_not_found', `Key ${method.id}: ${errorText(error)}`);
  }
}

/**
 * The documents a suite dereferences for a resolved key: the key as a Multikey (a JsonWebKey of an
 * EC or OKP key carries its Multikey form) and a controller document listing it for `purpose`.
 */
export function keyDocuments(method: Method, purpose: 'assertionMethod' | 'authentication') {
  const multikey = {
    '@context': MULTIKEY_V1_CONTEXT,
    id: method.id,
    type: 'Multikey',
    controller: method.controller,
    publicKeyMultibase: methodMultibase(method),
  };
  const controller = { '@context': DID_V1_CONTEXT, id: method.controller, [purpose]: [method.id] };
  return { multikey, controller };
}
