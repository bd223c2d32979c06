import { OpenBadgesError } from '../errors.js';
import { unbakePng } from './bake-png.js';
import type { Unbaked } from './bake-png.js';
import { checkSize } from './limits.js';
import type { SizeLimitOptions } from './limits.js';
import { isPng } from './png.js';
import { unbakeSvg } from './svg.js';

export { bakePng, unbakePng } from './bake-png.js';
export type { Unbaked } from './bake-png.js';
export { bakeSvg, unbakeSvg } from './svg.js';
export { DEFAULT_MAX_BYTES } from './limits.js';
export type { BakeOptions, BakedVersion, SizeLimitOptions } from './limits.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeSvgText(bytes: Uint8Array): string | undefined {
  try {
    const text = utf8.decode(bytes); // TextDecoder drops a leading BOM
    return /^\s*</.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Extracts the badge baked into a PNG or SVG image (OB 3.0 or OB 2.0). The payload is the embedded JSON text or
 * compact JWS exactly as embedded (for OB 2.0 it may also be the hosted assertion's URL).
 * Throws OpenBadgesError: ob.bake.malformed_image, ob.bake.no_credential, ob.bake.multiple_credentials,
 * ob.bake.unsafe_svg, ob.document_too_large.
 */
export function unbake(bytes: Uint8Array, opts?: SizeLimitOptions): Unbaked {
  checkSize(bytes.length, opts, 'image');
  if (isPng(bytes)) return unbakePng(bytes, opts);
  const svg = decodeSvgText(bytes);
  if (svg === undefined)
    throw new OpenBadgesError('ob.bake.malformed_image', 'The image is neither a PNG nor an SVG.');
  return unbakeSvg(svg, opts);
}
