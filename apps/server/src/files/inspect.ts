import { extname } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import {
  decompressionBomb,
  FileTypeNotAllowedError,
  imageInvalid,
  typeMismatch,
} from './errors.js';
import { oneAtATime } from './one-at-a-time.js';

/** What the bytes are, whatever the name or the declared type say. */
export type Detected =
  'jpeg' | 'png' | 'webp' | 'pdf' | 'heic' | 'avif' | 'gif' | 'tiff' | 'unknown';
export type Accepted = 'jpeg' | 'png' | 'webp' | 'pdf';
const ACCEPTED: ReadonlySet<Detected> = new Set(['jpeg', 'png', 'webp', 'pdf']);

export const MIME: Record<Accepted, 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf'> =
  { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' };
const EXTENSION: Record<Accepted, string> = {
  jpeg: '.jpg',
  png: '.png',
  webp: '.webp',
  pdf: '.pdf',
};

/**
 * As large as a phone photo in its largest usual mode (48 MP: 8000×6000), far below what a 10 MB
 * "bomb" can claim (a 30000×30000 PNG of one colour weighs a few hundred KB but would need 2.7 GB
 * to decode). 50 MP decode in about 200 MB (ADR 8).
 */
export const MAX_INPUT_PIXELS = 50_000_000;

// libvips keeps decoded images and operations in a cache by default: after a burst of large photos
// the memory would stay high for nothing, since no two uploads share an image.
sharp.cache(false);
const decodeQueue = oneAtATime();
/** Longest side of a stored image: enough to read a document photographed on a phone. */
export const MAX_DIMENSION = 2560;

const startsWith = (bytes: Buffer, signature: number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (bytes: Buffer, from: number, to: number): string =>
  bytes.subarray(from, to).toString('latin1');

/** Magic bytes of the types we accept, and of the ones we recognise only to name them in the refusal. */
export function sniff(bytes: Buffer): Detected {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (ascii(bytes, 0, 4) === 'II*\u0000' || ascii(bytes, 0, 4) === 'MM\u0000*') return 'tiff';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  return 'unknown';
}

const CLAIMS: Record<string, Detected> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.jfif': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.pdf': 'pdf',
  '.heic': 'heic',
  '.heif': 'heic',
  '.avif': 'avif',
  '.gif': 'gif',
  '.tif': 'tiff',
  '.tiff': 'tiff',
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'image/heic': 'heic',
  'image/heif': 'heic',
  'image/avif': 'avif',
  'image/gif': 'gif',
  'image/tiff': 'tiff',
};

/**
 * Checks the bytes against what the upload claims. Content that is no accepted type is refused as
 * such; an accepted type whose name or declared type names another one is a lie, refused as well.
 * A claim we cannot read (no extension, application/octet-stream) is no claim.
 */
export function checkType(bytes: Buffer, filename: string, declared: string): Accepted {
  const detected = sniff(bytes);
  if (!ACCEPTED.has(detected)) throw new FileTypeNotAllowedError(detected);
  for (const claim of [extname(filename).toLowerCase(), declared.toLowerCase()]) {
    const claimed = CLAIMS[claim];
    if (claimed !== undefined && claimed !== detected) throw typeMismatch(detected, claimed);
  }
  return detected as Accepted;
}

/** A PDF starts with its header and ends with its end-of-file marker (trailing whitespace allowed). */
function checkPdf(bytes: Buffer): void {
  const header = /^%PDF-[12]\.\d/.test(ascii(bytes, 0, 8));
  const tail = ascii(bytes, Math.max(0, bytes.length - 2048), bytes.length);
  if (!header || !tail.includes('%%EOF')) throw new FileTypeNotAllowedError('pdf_damaged');
}

export interface Processed {
  type: Accepted;
  data: Buffer;
  width: number | null;
  height: number | null;
}

/**
 * Images are decoded and re-encoded: turned upright by their EXIF orientation, then written without
 * any metadata (EXIF, GPS, XMP, ICC: sharp keeps none unless asked), at most MAX_DIMENSION a side.
 * The size is read from the header first, so a decompression bomb is refused before decoding.
 */
export async function processUpload(type: Accepted, bytes: Buffer): Promise<Processed> {
  if (type === 'pdf') {
    checkPdf(bytes);
    return { type, data: bytes, width: null, height: null };
  }
  return decodeQueue(() => reencode(type, bytes));
}

async function reencode(type: Exclude<Accepted, 'pdf'>, bytes: Buffer): Promise<Processed> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw imageInvalid();
  }
  const { width, height } = meta;
  if (!width || !height || meta.format !== type) throw imageInvalid();
  if (width * height > MAX_INPUT_PIXELS) throw decompressionBomb(width, height, MAX_INPUT_PIXELS);
  const pipeline = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().resize({
    width: MAX_DIMENSION,
    height: MAX_DIMENSION,
    fit: 'inside',
    withoutEnlargement: true,
  });
  const encoded =
    type === 'jpeg'
      ? pipeline.jpeg({ quality: 82, mozjpeg: true })
      : type === 'png'
        ? pipeline.png({ compressionLevel: 7 })
        : pipeline.webp({ quality: 82 });
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { type, data, width: info.width, height: info.height };
  } catch {
    throw imageInvalid();
  }
}

/** The name shown to people: no path, no control characters, the extension of what is stored. */
export function storedName(filename: string, type: Accepted): string {
  const base = (filename.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  const stem = base.slice(0, base.length - extname(base).length).slice(0, 120) || 'fichier';
  return `${stem}${EXTENSION[type]}`;
}
