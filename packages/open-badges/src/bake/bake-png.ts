import { OpenBadgesError } from '../errors.js';
import { checkSize, maxBytesOf, payloadText } from './limits.js';
import type { BakeOptions, BakedVersion, SizeLimitOptions } from './limits.js';
import { parsePng, writePng } from './png.js';
import type { PngChunk } from './png.js';
import {
  PNG_KEYWORDS,
  decodeTextChunk,
  encodeITxt,
  textKeyword,
  versionOfKeyword,
} from './png-text.js';

export interface Unbaked {
  kind: 'png' | 'svg';
  version: BakedVersion;
  /** The embedded JSON text or compact JWS (or, for OB 2.0, possibly an assertion URL), exactly as embedded. */
  payload: string;
}

function badgeChunks(chunks: readonly PngChunk[]): { chunk: PngChunk; version: BakedVersion }[] {
  const found: { chunk: PngChunk; version: BakedVersion }[] = [];
  for (const chunk of chunks) {
    const version = versionOfKeyword(textKeyword(chunk));
    if (version !== undefined) found.push({ chunk, version });
  }
  return found;
}

/** Reads the one badge text chunk of a PNG (OB 3.0 `openbadgecredential` or OB 2.0 `openbadges`). */
export function unbakePng(png: Uint8Array, opts?: SizeLimitOptions): Unbaked {
  checkSize(png.length, opts, 'image');
  const found = badgeChunks(parsePng(png));
  const [first, second] = found;
  if (first === undefined)
    throw new OpenBadgesError('ob.bake.no_credential', 'The PNG holds no baked badge.');
  if (second !== undefined) {
    throw new OpenBadgesError(
      'ob.bake.multiple_credentials',
      'The PNG holds more than one baked badge.',
      {
        count: found.length,
      },
    );
  }
  const payload = decodeTextChunk(first.chunk, maxBytesOf(opts));
  return { kind: 'png', version: first.version, payload };
}

/**
 * Returns a copy of the PNG carrying `payload` in one uncompressed iTXt chunk just before IEND. Any badge chunk
 * already present (either version) is removed, so re-baking replaces rather than accumulates.
 */
export function bakePng(png: Uint8Array, payload: string | object, opts?: BakeOptions): Uint8Array {
  checkSize(png.length, opts, 'image');
  const text = payloadText(payload);
  checkSize(Buffer.byteLength(text, 'utf8'), opts, 'payload');
  const kept = parsePng(png).filter((c) => versionOfKeyword(textKeyword(c)) === undefined);
  const chunk = encodeITxt(PNG_KEYWORDS[opts?.version ?? '3.0'], text);
  // parsePng guarantees the last chunk is IEND.
  const baked = writePng([...kept.slice(0, -1), chunk, ...kept.slice(-1)]);
  checkSize(baked.length, opts, 'baked image'); // otherwise unbake would refuse what bake produced
  return baked;
}
