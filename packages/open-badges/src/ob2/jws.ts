import { compactVerify, importSPKI } from 'jose';
import { OpenBadgesError } from '../errors.js';
import { parseStrictJson } from '../json/strict-json.js';

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Algorithms accepted for OB 2.0 signed assertions (the spec requires RS256; the others are harmless). */
export const OB2_JWS_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'ES256',
  'ES384',
  'EdDSA',
] as const;

export function isCompactJws(text: string): boolean {
  return COMPACT_JWS.test(text);
}

function decodePart(part: string | undefined, what: string): Record<string, unknown> {
  try {
    const parsed = parseStrictJson(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch (error) {
    // Duplicate keys and excessive nesting keep their own codes; anything else is reported below.
    if (error instanceof OpenBadgesError && error.code !== 'ob.malformed_json') throw error;
  }
  throw new OpenBadgesError('ob.ob2.invalid_assertion', `The JWS ${what} is not a JSON object.`);
}

/** Decodes a compact JWS without verifying it. */
export function decodeJws(jws: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  const [header, payload] = jws.split('.');
  return { header: decodePart(header, 'header'), payload: decodePart(payload, 'payload') };
}

/** Verifies a compact JWS against a PEM (SPKI) public key; resolves to false on any failure. */
export async function verifyJwsWithPem(jws: string, pem: string): Promise<boolean> {
  const alg = decodeJws(jws).header.alg;
  if (typeof alg !== 'string' || !(OB2_JWS_ALGORITHMS as readonly string[]).includes(alg))
    return false;
  try {
    const key = await importSPKI(pem, alg);
    await compactVerify(jws, key, { algorithms: [alg] });
    return true;
  } catch {
    return false;
  }
}
