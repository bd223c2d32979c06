import { unbake } from '../bake/index.js';
import { OpenBadgesError } from '../errors.js';
import { decodeCompactJws, type DecodedJws } from '../jws/compact-jws.js';

export interface ParsedInput {
  format: 'json' | 'jwt';
  credential: Record<string, unknown>;
  jwt?: DecodedJws & { token: string };
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
    parsed = JSON.parse(trimmed);
  } catch {
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

function parseJwt(token: string): ParsedInput {
  const jws = decodeCompactJws(token);
  // OB 3.0 on VC 2.0 puts the credential itself in the payload; VC 1.1 JWTs wrap it in a `vc` claim.
  const vc = jws.payload.vc;
  const credential =
    typeof vc === 'object' && vc !== null && !Array.isArray(vc)
      ? (vc as Record<string, unknown>)
      : jws.payload;
  return { format: 'jwt', credential, jwt: { ...jws, token } };
}

function tooLarge(size: number, max: number): OpenBadgesError {
  return new OpenBadgesError(
    'ob.document_too_large',
    `The document is ${size} bytes, over the ${max} bytes limit`,
    { size, max },
  );
}
