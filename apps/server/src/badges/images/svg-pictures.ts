import sharp from 'sharp';
import { ValidationError } from '../../errors/index.js';
import type { SvgDocument } from './dom.js';

// Pictures embedded in an SVG (data: URLs) are decoded by the renderer at their own size: a small
// file may claim a huge picture (a "decompression bomb"), so their headers are read first.

/** Far more than a 512 px badge shows. */
export const MAX_EMBEDDED_PIXELS = 16_000_000;

const tooLarge = () =>
  new ValidationError(
    'badges.svg_too_complex',
    `A picture inside the SVG is larger than ${MAX_EMBEDDED_PIXELS} pixels.`,
  );

/** Every data: picture of the document, checked from its header alone. */
export async function checkEmbeddedPictures(document: SvgDocument): Promise<void> {
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const value = attribute.value.trim();
      if (attribute.localName !== 'href' || !value.startsWith('data:')) continue;
      const comma = value.indexOf(',');
      const base64 = value.slice(0, comma).endsWith(';base64');
      const data = value.slice(comma + 1);
      let pixels: number;
      try {
        const bytes = base64 ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data));
        const meta = await sharp(bytes).metadata();
        pixels = meta.width * meta.height * (meta.pages ?? 1);
      } catch {
        throw new ValidationError('badges.svg_invalid', 'A picture inside the SVG is damaged.');
      }
      if (pixels > MAX_EMBEDDED_PIXELS) throw tooLarge();
    }
  }
}
