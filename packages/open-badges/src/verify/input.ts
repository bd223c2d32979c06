import { decodeJwt, decodeProtectedHeader } from 'jose';
import { unbake } from '../bake/index.js';
import { OpenBadgesError } from '../errors.js';

export interface ParsedInput {
  format: 'json' | 'jwt';
  credential: Record<string, unknown>;
  jwt?: { token: string; header: Record<string, unknown>; payload: Record<string, unknown> };
}

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

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
  throw new TypeError('verify() accepts a credential object, a JSON string, a compact JWS or PNG/SVG bytes');
}

function parseText(text: string, maxBytes: number): ParsedInput {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) throw tooLarge(size, maxBytes);
  const trimmed = text.trim();
  if (JWS.test(trimmed)) return parseJwt(trimmed);
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    throw new OpenBadgesError('ob.malformed_json', 'The input is neither JSON nor a compact JWS', {});
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new OpenBadgesError('ob.malformed_json', 'The JSON input is not an object', {});
  }
  return { format: 'json', credential: parsed as Record<string, unknown> };
}

function parseJwt(token: string): ParsedInput {
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token);
    payload = decodeJwt(token);
  } catch {
    throw new OpenBadgesError('ob.malformed_json', 'The compact JWS header or payload is not valid JSON', {});
  }
  // OB 3.0 on VC 2.0 puts the credential itself in the payload; VC 1.1 JWTs wrap it in a `vc` claim.
  const vc = payload.vc;
  const credential = typeof vc === 'object' && vc !== null && !Array.isArray(vc) ? (vc as Record<string, unknown>) : payload;
  return { format: 'jwt', credential, jwt: { token, header, payload } };
}

function tooLarge(size: number, max: number): OpenBadgesError {
  return new OpenBadgesError('ob.document_too_large', `The document is ${size} bytes, over the ${max} bytes limit`, { size, max });
}
