import * as vc from '@digitalbazaar/vc';
import { createDocumentLoader } from '../contexts/document-loader.js';
import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from '../contexts/urls.js';
import {
  JWS_ALGORITHMS,
  publicKeyFromJwk,
  verifyCompactJws,
  type JwsAlgorithm,
} from '../jws/compact-jws.js';
import type { ParsedInput } from './input.js';
import { resolveVerificationMethod, type Method } from './resolve-key.js';
import { isSupportedProof, proofKind, SUPPORTED_PROOFS, verificationSuites } from './suites.js';
import { failed, passed, type Check, type ResolvedOptions } from './types.js';

export function issuerId(credential: Record<string, unknown>): string | undefined {
  const issuer = credential.issuer;
  if (typeof issuer === 'string') return issuer;
  const id =
    typeof issuer === 'object' && issuer !== null ? (issuer as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function message(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { errors?: unknown[] }).errors?.[0];
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}

// OB 3.0 key provenance: the key must belong to the issuer.
function checkController(method: Method, issuer: string | undefined): void {
  if (method.controller !== issuer) {
    throw new Error(`The key controller ${method.controller} is not the issuer ${String(issuer)}`);
  }
}

export async function checkProof(parsed: ParsedInput, options: ResolvedOptions): Promise<Check> {
  try {
    return parsed.jwt
      ? await checkJwtProof(parsed, options)
      : await checkEmbeddedProof(parsed.credential, options);
  } catch (error) {
    return failed('proof', message(error));
  }
}

/** Verifies the eddsa-rdfc-2022 proofs of a credential (also used for status lists and endorsements). */
export async function checkEmbeddedProof(
  credential: Record<string, unknown>,
  options: ResolvedOptions,
): Promise<Check> {
  const proofs = [credential.proof]
    .flat()
    .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null);
  if (proofs.length === 0) return failed('proof', 'The credential has no proof');
  const supported = proofs.filter(isSupportedProof);
  if (supported.length === 0) {
    const kinds = proofs.map(proofKind).join(', ');
    return failed('proof', `No supported proof (${SUPPORTED_PROOFS.join(', ')}); found ${kinds}`);
  }
  const issuer = issuerId(credential);
  const methods: Method[] = [];
  for (const proof of supported) {
    const method = await resolveVerificationMethod(proof.verificationMethod, options.fetchJson);
    checkController(method, issuer);
    methods.push(method);
  }
  const documents = new Map(
    methods.map((m) => [m.id, { '@context': MULTIKEY_V1_CONTEXT, ...m, type: 'Multikey' }]),
  );
  const controllerId = methods[0]?.controller ?? '';
  const controller = {
    '@context': DID_V1_CONTEXT,
    id: controllerId,
    assertionMethod: methods.map((m) => m.id),
  };
  // Validity dates are their own checks: the proof is verified at the credential's own issuance time.
  const issued = credential.validFrom ?? credential.issuanceDate;
  const now =
    typeof issued === 'string' && !Number.isNaN(Date.parse(issued))
      ? new Date(issued)
      : options.clock();
  const result = await vc.verifyCredential({
    credential,
    suite: verificationSuites(credential),
    documentLoader: createDocumentLoader({ documents }),
    controller,
    now,
    checkStatus: () => Promise.resolve({ verified: true }),
  });
  // jsonld-signatures passes when any one proof verifies: every supported proof must.
  const bad = result.verified
    ? result.results?.find((r) => !r.verified)
    : { error: result.error ?? result.results?.[0]?.error };
  if (bad || (result.results?.length ?? 0) < supported.length)
    return failed('proof', `Invalid proof: ${message(bad?.error ?? 'a proof was not checked')}`);
  const kinds = [...new Set(supported.map(proofKind))].join(', ');
  return passed('proof', `${kinds} proof by ${methods.map((m) => m.id).join(', ')}`);
}

async function checkJwtProof(parsed: ParsedInput, options: ResolvedOptions): Promise<Check> {
  const jwt = parsed.jwt;
  if (!jwt) return failed('proof', 'Not a JWT');
  const alg = jwt.header.alg;
  if (typeof alg !== 'string' || !JWS_ALGORITHMS.includes(alg))
    return failed('proof', `JWT alg ${String(alg)} is not accepted (ES256, RS256)`);
  const issuer = issuerId(parsed.credential);
  let jwk: unknown;
  let source: string;
  if (typeof jwt.header.kid === 'string') {
    const method = await resolveVerificationMethod(jwt.header.kid, options.fetchJson);
    checkController(method, issuer);
    jwk = method.publicKeyJwk;
    source = method.id;
  } else if (jwt.header.jwk !== undefined && options.trustEmbeddedJwk) {
    jwk = jwt.header.jwk;
    source = 'the jwk header (issuer binding not established)';
  } else {
    return failed('proof', 'The JWT has no kid (and embedded jwk keys are not trusted)');
  }
  if (typeof jwk !== 'object' || jwk === null)
    return failed('proof', `No public JWK for ${source}`);
  const jwsAlg = alg as JwsAlgorithm;
  verifyCompactJws(jwt, publicKeyFromJwk(jwk as Record<string, unknown>, jwsAlg), jwsAlg);
  const { iss, jti, sub } = jwt.payload;
  if (iss !== undefined && iss !== issuer)
    return failed('proof', `JWT iss ${JSON.stringify(iss)} is not the issuer ${String(issuer)}`);
  if (jti !== undefined && parsed.credential.id !== undefined && jti !== parsed.credential.id)
    return failed('proof', 'JWT jti is not the credential id');
  const subjectId = (parsed.credential.credentialSubject as { id?: unknown } | undefined)?.id;
  if (sub !== undefined && subjectId !== undefined && sub !== subjectId)
    return failed('proof', 'JWT sub is not credentialSubject.id');
  return passed('proof', `${alg} JWT signature by ${source}`);
}
