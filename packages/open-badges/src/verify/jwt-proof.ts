import {
  JWS_ALGORITHMS,
  publicKeyFromJwk,
  verifyCompactJws,
  type JwsAlgorithm,
} from '../jws/compact-jws.js';
import type { ParsedJwt } from './input.js';
import { ProofError, issuerId, safeModeIssue } from './proof-common.js';
import { methodJwk, resolveVerificationMethod } from './resolve-key.js';
import { passed, type Check, type ResolvedOptions } from './types.js';

/** OB 3.0 §8.2.4: alg, kid, jwk and typ; anything else (crit, b64, x5u, cty…) is refused. */
const ALLOWED_HEADERS = new Set(['alg', 'typ', 'kid', 'jwk']);
const ALLOWED_TYPES = ['JWT', 'vc+jwt'];

function checkHeader(header: Record<string, unknown>): JwsAlgorithm {
  const { alg, typ } = header;
  if (typeof alg !== 'string' || !JWS_ALGORITHMS.includes(alg))
    throw new ProofError(
      'ob.proof.jwt_algorithm',
      `JWT alg ${String(alg)} is not accepted (ES256, RS256)`,
    );
  const unexpected = Object.keys(header).filter((k) => !ALLOWED_HEADERS.has(k));
  if (unexpected.length > 0)
    throw new ProofError('ob.proof.jwt_header', `Unexpected JOSE header ${unexpected.join(', ')}`);
  if (typ !== undefined && (typeof typ !== 'string' || !ALLOWED_TYPES.includes(typ)))
    throw new ProofError(
      'ob.proof.jwt_header',
      `JWT typ ${JSON.stringify(typ)} is neither JWT nor vc+jwt`,
    );
  return alg as JwsAlgorithm;
}

function seconds(value: unknown): number | undefined {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

function subjectId(credential: Record<string, unknown>): unknown {
  const subject = [credential.credentialSubject].flat()[0];
  return typeof subject === 'object' && subject !== null
    ? (subject as { id?: unknown }).id
    : undefined;
}

/** A claim and the credential property it stands for: both absent, or both present and equal. */
function bind(claim: string, value: unknown, expected: unknown, property: string): void {
  if (value === undefined && expected === undefined) return;
  if (value === undefined)
    throw new ProofError('ob.proof.jwt_claims', `The JWT has no ${claim} claim for ${property}`);
  if (value !== expected)
    throw new ProofError(
      'ob.proof.jwt_claims',
      `JWT ${claim} ${JSON.stringify(value)} does not match ${property} ${expected === undefined ? '(absent)' : JSON.stringify(expected)}`,
    );
}

/**
 * OB 3.0 §8.2.4.1: iss = issuer id, sub = subject id, jti = credential id, nbf = validFrom (issuanceDate), exp =
 * validUntil (expirationDate); iss and nbf are always required. (In a VC 1.1 JWT, parseInput has already filled
 * the properties the `vc` claim leaves to the claims.)
 */
function checkClaims(credential: Record<string, unknown>, jwt: ParsedJwt): void {
  if (jwt.conflictingVcClaim)
    throw new ProofError(
      'ob.proof.jwt_claims',
      'The JWT payload is a credential and its vc claim says something else',
    );
  const claims = jwt.payload;
  for (const required of ['iss', 'nbf'])
    if (claims[required] === undefined)
      throw new ProofError('ob.proof.jwt_claims', `The JWT has no ${required} claim`);
  bind('iss', claims.iss, issuerId(credential), 'issuer.id');
  bind('jti', claims.jti, credential.id, 'id');
  bind('sub', claims.sub, subjectId(credential), 'credentialSubject.id');
  bind('nbf', claims.nbf, seconds(credential.validFrom ?? credential.issuanceDate), 'validFrom');
  bind(
    'exp',
    claims.exp,
    seconds(credential.validUntil ?? credential.expirationDate),
    'validUntil',
  );
}

async function publicJwk(
  credential: Record<string, unknown>,
  jwt: ParsedJwt,
  options: ResolvedOptions,
): Promise<{ jwk: unknown; source: string }> {
  const { kid, jwk } = jwt.header;
  if (typeof kid === 'string') {
    const issuer = issuerId(credential);
    const method = await resolveVerificationMethod(kid, options.fetchJson, options.clock(), issuer);
    if (method.controller !== issuer)
      throw new ProofError(
        'ob.proof.not_by_issuer',
        `The key controller ${method.controller} is not the issuer ${String(issuerId(credential))}`,
      );
    return { jwk: methodJwk(method), source: method.id };
  }
  if (jwk !== undefined && options.trustEmbeddedJwk)
    return { jwk, source: 'the jwk header (issuer binding not established)' };
  throw new ProofError(
    'ob.proof.jwt_no_key',
    'The JWT has no kid (and embedded jwk keys are not trusted)',
  );
}

/** Header, claim binding and safe mode first (no key needed to find them wrong), then the key and signature. */
export async function checkJwtProof(
  credential: Record<string, unknown>,
  jwt: ParsedJwt,
  options: ResolvedOptions,
): Promise<Check> {
  const alg = checkHeader(jwt.header);
  checkClaims(credential, jwt);
  const unsafe = await safeModeIssue(credential, options.documentLoader);
  if (unsafe) throw unsafe;
  const { jwk, source } = await publicJwk(credential, jwt, options);
  if (typeof jwk !== 'object' || jwk === null)
    throw new ProofError('ob.proof.key_not_found', `No public JWK for ${source}`);
  try {
    verifyCompactJws(jwt, publicKeyFromJwk(jwk as Record<string, unknown>, alg), alg);
  } catch (error) {
    throw new ProofError(
      'ob.proof.signature_invalid',
      error instanceof Error ? error.message : String(error),
    );
  }
  return passed('proof', `${alg} JWT signature by ${source}`);
}
