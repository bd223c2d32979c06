import { unbake } from '../bake/index.js';
import { OpenBadgesError } from '../errors.js';
import { canonicalJson } from '../json/canonical.js';
import { assertShallow, parseStrictJson } from '../json/strict-json.js';
import { decodeCompactJws, type DecodedJws } from '../jws/compact-jws.js';

/** The registered JWT claims: in a VC 2.0 JWT they sit beside the credential's own properties. */
export const JWT_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'vc'] as const;

export interface ParsedJwt extends DecodedJws {
  token: string;
  /** Where the credential was read: the payload itself (VC 2.0) or its `vc` claim (VC 1.1). */
  credentialIn: 'payload' | 'vc';
  /** A VC 2.0 payload that also carries a `vc` claim saying something else: two readers, two credentials. */
  conflictingVcClaim: boolean;
}

export interface ParsedInput {
  format: 'json' | 'jwt';
  credential: Record<string, unknown>;
  jwt?: ParsedJwt;
}

/** What verify() was given: an OB 3.0 credential to check, or an Open Badges 2.0 assertion to hand over. */
export type ReadInput = { kind: 'ob3'; parsed: ParsedInput } | { kind: 'ob2'; what: string };

// A JSON text starts with `{`; a compact JWS with its base64url header and a dot (decodeCompactJws checks the rest).
const JWS_START = /^[A-Za-z0-9_-]+\./;
const HTTP_URL = /^https?:\/\/\S+$/i;
const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';

/** OB 2.0 assertions say `"type": "Assertion"` and use the OB 2.0 context; OB 3.0 credentials never do. */
function isOb2Assertion(doc: Record<string, unknown>): boolean {
  const has = (value: unknown, wanted: string): boolean =>
    value === wanted || (Array.isArray(value) && value.includes(wanted));
  return has(doc.type, 'Assertion') || has(doc['@context'], OB2_CONTEXT);
}

/** Like parseInput, but recognises Open Badges 2.0 input (baked 2.0 image, hosted URL, 2.0 assertion JSON or JWS). */
export function readInput(input: unknown, maxBytes: number): ReadInput {
  let parsed: ParsedInput;
  if (input instanceof Uint8Array) {
    if (input.length > maxBytes) throw tooLarge(input.length, maxBytes);
    const baked = unbake(input, { maxBytes });
    if (baked.version === '2.0') return { kind: 'ob2', what: 'baked image' };
    parsed = parseText(baked.payload, maxBytes);
  } else if (typeof input === 'string' && HTTP_URL.test(input.trim())) {
    return {
      kind: 'ob2',
      what: 'a URL, read as a hosted assertion: OB 3.0 credentials are never fetched',
    };
  } else {
    parsed = parseInput(input, maxBytes);
  }
  if (isOb2Assertion(parsed.credential))
    return {
      kind: 'ob2',
      what: parsed.format === 'jwt' ? 'signed assertion JWS' : 'assertion JSON',
    };
  return { kind: 'ob3', parsed };
}

/** Decodes any accepted input into a credential; throws OpenBadgesError for unusable input, TypeError for misuse. */
export function parseInput(input: unknown, maxBytes: number): ParsedInput {
  if (input instanceof Uint8Array) {
    if (input.length > maxBytes) throw tooLarge(input.length, maxBytes);
    return parseText(unbake(input, { maxBytes }).payload, maxBytes);
  }
  if (typeof input === 'string') return parseText(input, maxBytes);
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    assertShallow(input);
    const size = Buffer.byteLength(JSON.stringify(input), 'utf8');
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    return { format: 'json', credential: input as Record<string, unknown> };
  }
  throw new TypeError(
    'verify() accepts a credential object, a JSON string, a compact JWS or PNG/SVG bytes',
  );
}

function parseText(text: string, maxBytes: number): ParsedInput {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) throw tooLarge(size, maxBytes);
  const trimmed = text.trim();
  if (JWS_START.test(trimmed)) return parseJwt(trimmed);
  let parsed: unknown;
  try {
    parsed = parseStrictJson(trimmed);
  } catch (error) {
    if (error instanceof OpenBadgesError && error.code !== 'ob.malformed_json') throw error;
    throw new OpenBadgesError(
      'ob.malformed_json',
      'The input is neither JSON nor a compact JWS',
      {},
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new OpenBadgesError('ob.malformed_json', 'The JSON input is not an object', {});
  }
  return { format: 'json', credential: parsed as Record<string, unknown> };
}

function withoutClaims(payload: Record<string, unknown>): Record<string, unknown> {
  const claims: readonly string[] = JWT_CLAIMS;
  return Object.fromEntries(Object.entries(payload).filter(([k]) => !claims.includes(k)));
}

function isoDate(seconds: unknown): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || Math.abs(seconds) > 8.64e12)
    return undefined;
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** VC 1.1 JWT decoding: a claim stands for the property the `vc` claim leaves out (VC-JWT 1.1 §6.3.1). */
function fillFromClaims(
  vc: Record<string, unknown>,
  claims: Record<string, unknown>,
): Record<string, unknown> {
  const filled = { ...vc };
  const set = (property: string, value: unknown): void => {
    if (filled[property] === undefined && value !== undefined) filled[property] = value;
  };
  set('id', typeof claims.jti === 'string' ? claims.jti : undefined);
  set('issuer', typeof claims.iss === 'string' ? claims.iss : undefined);
  set('issuanceDate', isoDate(claims.nbf));
  set('expirationDate', isoDate(claims.exp));
  const subject = filled.credentialSubject;
  if (
    typeof claims.sub === 'string' &&
    typeof subject === 'object' &&
    subject !== null &&
    !Array.isArray(subject) &&
    (subject as Record<string, unknown>).id === undefined
  )
    filled.credentialSubject = { ...subject, id: claims.sub };
  return filled;
}

function parseJwt(token: string): ParsedInput {
  const jws = decodeCompactJws(token);
  const vc = jws.payload.vc;
  const vcObject =
    typeof vc === 'object' && vc !== null && !Array.isArray(vc)
      ? (vc as Record<string, unknown>)
      : undefined;
  // OB 3.0 on VC 2.0 puts the credential itself in the payload; VC 1.1 JWTs wrap it in a `vc` claim.
  if (vcObject !== undefined && jws.payload['@context'] === undefined) {
    return {
      format: 'jwt',
      credential: fillFromClaims(vcObject, jws.payload),
      jwt: { ...jws, token, credentialIn: 'vc', conflictingVcClaim: false },
    };
  }
  const credential = withoutClaims(jws.payload);
  const conflictingVcClaim = vc !== undefined && canonicalJson(vc) !== canonicalJson(credential);
  return {
    format: 'jwt',
    credential,
    jwt: { ...jws, token, credentialIn: 'payload', conflictingVcClaim },
  };
}

function tooLarge(size: number, max: number): OpenBadgesError {
  return new OpenBadgesError(
    'ob.document_too_large',
    `The document is ${size} bytes, over the ${max} bytes limit`,
    { size, max },
  );
}
