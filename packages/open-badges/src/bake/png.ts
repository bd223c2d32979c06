import { crc32 } from 'node:zlib';
import { OpenBadgesError } from '../errors.js';

/** The 8-byte signature every PNG starts with. */
export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export interface PngChunk {
  /** Four ASCII letters, e.g. `IHDR`, `iTXt`. */
  readonly type: string;
  /** A view into the original bytes (not a copy). */
  readonly data: Uint8Array;
}

export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_SIGNATURE.length) return false;
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function malformed(message: string, details: Record<string, unknown> = {}): OpenBadgesError {
  return new OpenBadgesError('ob.bake.malformed_image', message, details);
}

function readUint32(bytes: Uint8Array, offset: number): number {
  // Callers check bounds first; `?? 0` only satisfies noUncheckedIndexedAccess.
  return (
    (bytes[offset] ?? 0) * 0x1000000 +
    (((bytes[offset + 1] ?? 0) << 16) | ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0))
  );
}

function writeUint32(target: Uint8Array, offset: number, value: number): void {
  target[offset] = (value >>> 24) & 0xff;
  target[offset + 1] = (value >>> 16) & 0xff;
  target[offset + 2] = (value >>> 8) & 0xff;
  target[offset + 3] = value & 0xff;
}

function isChunkTypeByte(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}

/**
 * Splits a PNG into its chunks, checking the signature, every length and CRC, that IHDR comes first and that
 * IEND ends the file. Linear in the input size; never allocates more than the input.
 */
export function parsePng(bytes: Uint8Array): PngChunk[] {
  if (!isPng(bytes)) throw malformed('Not a PNG image (bad signature).');
  const chunks: PngChunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw malformed('Truncated PNG chunk header.', { offset });
    const length = readUint32(bytes, offset);
    if (length > 0x7fffffff || offset + 12 + length > bytes.length) {
      throw malformed('PNG chunk length runs past the end of the file.', { offset, length });
    }
    const typeBytes = bytes.subarray(offset + 4, offset + 8);
    if (!typeBytes.every((b) => isChunkTypeByte(b)))
      throw malformed('Invalid PNG chunk type.', { offset });
    const type = String.fromCharCode(...typeBytes);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const expected = readUint32(bytes, offset + 8 + length);
    if (crc32(data, crc32(typeBytes)) !== expected)
      throw malformed(`Bad CRC in PNG chunk ${type}.`, { offset, type });
    if (chunks.length === 0 && type !== 'IHDR') throw malformed('The first PNG chunk is not IHDR.');
    chunks.push({ type, data });
    offset += 12 + length;
    if (type === 'IEND') {
      if (offset !== bytes.length) throw malformed('Data after the PNG IEND chunk.', { offset });
      return chunks;
    }
  }
  throw malformed('Truncated PNG: no IEND chunk.');
}

/** Serialises chunks back into a PNG file, computing lengths and CRCs. */
export function writePng(chunks: readonly PngChunk[]): Uint8Array {
  const total = chunks.reduce((sum, c) => sum + 12 + c.data.length, PNG_SIGNATURE.length);
  const out = new Uint8Array(total);
  out.set(PNG_SIGNATURE, 0);
  let offset = PNG_SIGNATURE.length;
  for (const chunk of chunks) {
    const typeBytes = Uint8Array.from(chunk.type, (ch) => ch.charCodeAt(0));
    writeUint32(out, offset, chunk.data.length);
    out.set(typeBytes, offset + 4);
    out.set(chunk.data, offset + 8);
    writeUint32(out, offset + 8 + chunk.data.length, crc32(chunk.data, crc32(typeBytes)));
    offset += 12 + chunk.data.length;
  }
  return out;
}
