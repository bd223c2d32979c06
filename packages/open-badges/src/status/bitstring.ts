import { gunzipSync, gzipSync } from 'node:zlib';
import { OpenBadgesError } from '../errors.js';

/** W3C minimum list size: 16 KiB of bits, so one entry cannot be singled out. */
export const MIN_STATUS_LIST_LENGTH = 131072;
const MAX_DECODED_BYTES = 16 * 1024 * 1024;

/** Multibase base64url (`u` prefix, no padding) of the GZIP-compressed bitstring. */
export function encodeBitstring(bits: Uint8Array): string {
  return `u${gzipSync(bits).toString('base64url')}`;
}

export function decodeBitstring(encoded: string): Uint8Array {
  if (typeof encoded !== 'string' || !encoded.startsWith('u')) {
    throw new OpenBadgesError(
      'ob.status_invalid',
      'encodedList must be multibase base64url (u prefix)',
      {},
    );
  }
  try {
    // The output cap stops a compressed bomb from exhausting memory.
    return new Uint8Array(
      gunzipSync(Buffer.from(encoded.slice(1), 'base64url'), {
        maxOutputLength: MAX_DECODED_BYTES,
      }),
    );
  } catch {
    throw new OpenBadgesError(
      'ob.status_invalid',
      'encodedList is not a GZIP-compressed bitstring',
      {},
    );
  }
}

/** Index 0 is the left-most (most significant) bit of the first byte, as the W3C spec defines it. */
export function getBit(bits: Uint8Array, index: number): boolean {
  const byte = bits[Math.floor(index / 8)];
  if (!Number.isInteger(index) || index < 0 || byte === undefined) {
    throw new OpenBadgesError('ob.status_invalid', `statusListIndex ${index} is outside the list`, {
      index,
    });
  }
  return (byte & (0x80 >> (index % 8))) !== 0;
}

export function setBit(bits: Uint8Array, index: number, value: boolean): void {
  const at = Math.floor(index / 8);
  const byte = bits[at];
  if (!Number.isInteger(index) || index < 0 || byte === undefined) {
    throw new OpenBadgesError('ob.status_invalid', `statusListIndex ${index} is outside the list`, {
      index,
    });
  }
  bits[at] = value ? byte | (0x80 >> (index % 8)) : byte & ~(0x80 >> (index % 8));
}
