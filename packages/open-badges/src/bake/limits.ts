import { OpenBadgesError } from '../errors.js';

/** Default ceiling for an image or an embedded credential: badges are small, and this bounds memory and time. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface SizeLimitOptions {
  /** Largest image (and largest embedded payload) accepted, in bytes. Default 1 MiB. */
  maxBytes?: number;
}

export function maxBytesOf(opts: SizeLimitOptions | undefined): number {
  return opts?.maxBytes ?? DEFAULT_MAX_BYTES;
}

export function checkSize(length: number, opts: SizeLimitOptions | undefined, what: string): void {
  const max = maxBytesOf(opts);
  if (length > max) {
    throw new OpenBadgesError('ob.document_too_large', `The ${what} is larger than ${max} bytes.`, {
      size: length,
      max,
    });
  }
}

/** Which Open Badges version a baked payload belongs to. */
export type BakedVersion = '3.0' | '2.0';

export interface BakeOptions extends SizeLimitOptions {
  /** Bake as an Open Badges 3.0 credential (default) or an Open Badges 2.0 assertion. */
  version?: BakedVersion;
}

/** Objects are embedded as compact JSON; strings (JSON text or a compact JWS) exactly as given. */
export function payloadText(payload: string | object): string {
  const text =
    typeof payload === 'string' ? payload : (JSON.stringify(payload) as string | undefined);
  if (text === undefined)
    throw new OpenBadgesError('ob.invalid_argument', 'The payload cannot be serialised as JSON.');
  // A lone surrogate has no UTF-8 form, so it could not come back byte-exact.
  if (/\p{Cs}/u.test(text))
    throw new OpenBadgesError('ob.invalid_argument', 'The payload is not well-formed Unicode.');
  return text;
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function isCompactJws(text: string): boolean {
  return COMPACT_JWS.test(text);
}
