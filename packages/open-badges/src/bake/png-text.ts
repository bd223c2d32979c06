import { inflateSync } from 'node:zlib';
import { OpenBadgesError } from '../errors.js';
import type { PngChunk } from './png.js';
import type { BakedVersion } from './limits.js';

/** PNG text keywords that carry a badge, per version (OB 3.0 §5.3.1, OB 2.0 baking spec). */
export const PNG_KEYWORDS: Readonly<Record<BakedVersion, string>> = {
  '3.0': 'openbadgecredential',
  '2.0': 'openbadges',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

function malformed(message: string): OpenBadgesError {
  return new OpenBadgesError('ob.bake.malformed_image', message);
}

/** The keyword of a tEXt/iTXt/zTXt chunk (bytes up to the first NUL), or undefined for other chunks. */
export function textKeyword(chunk: PngChunk): string | undefined {
  if (chunk.type !== 'tEXt' && chunk.type !== 'iTXt' && chunk.type !== 'zTXt') return undefined;
  const end = chunk.data.indexOf(0);
  if (end < 1 || end > 79) return undefined;
  return String.fromCharCode(...chunk.data.subarray(0, end));
}

export function versionOfKeyword(keyword: string | undefined): BakedVersion | undefined {
  if (keyword === PNG_KEYWORDS['3.0']) return '3.0';
  if (keyword === PNG_KEYWORDS['2.0']) return '2.0';
  return undefined;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw malformed('The PNG text chunk is not valid UTF-8.');
  }
}

/** The text of a badge tEXt or iTXt chunk; compressed iTXt is inflated up to `maxBytes`. */
export function decodeTextChunk(chunk: PngChunk, maxBytes: number): string {
  const data = chunk.data;
  const keywordEnd = data.indexOf(0);
  if (chunk.type === 'tEXt') return Buffer.from(data.subarray(keywordEnd + 1)).toString('latin1');
  if (chunk.type !== 'iTXt') throw malformed(`Badge text in an unsupported ${chunk.type} chunk.`);
  const compressed = data[keywordEnd + 1];
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (compressed === undefined || translatedEnd < 0) throw malformed('Truncated iTXt chunk.');
  const text = data.subarray(translatedEnd + 1);
  if (compressed === 0) return decodeUtf8(text);
  if (compressed !== 1 || data[keywordEnd + 2] !== 0) throw malformed('Unknown iTXt compression.');
  try {
    return decodeUtf8(inflateSync(text, { maxOutputLength: maxBytes }));
  } catch (err) {
    if (err instanceof OpenBadgesError) throw err;
    throw malformed('The compressed iTXt chunk cannot be inflated (corrupt or too large).');
  }
}

/** An uncompressed iTXt chunk: keyword, NUL, flag 0, method 0, empty language, NUL, empty translation, NUL, text. */
export function encodeITxt(keyword: string, text: string): PngChunk {
  const body = encoder.encode(text);
  const data = new Uint8Array(keyword.length + 5 + body.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i);
  // Bytes keyword.length .. +4 stay 0: separator, compression flag, method, language and translation terminators.
  data.set(body, keyword.length + 5);
  return { type: 'iTXt', data };
}
