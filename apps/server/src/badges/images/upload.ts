import { ValidationError } from '../../errors/index.js';
import { checkType, processUpload, sniff } from '../../files/inspect.js';
import type { Upload } from '../../files/upload.js';
import { renderPng } from './render.js';
import { looksLikeSvg, sanitiseSvg } from './svg-sanitise.js';

/**
 * The PNG a badge's uploaded image becomes: a PNG checked and re-encoded by the files
 * infrastructure (10 MB, 50 Mpx, no metadata kept), or an SVG refused when unsafe, cleaned and
 * drawn at 512 px. What the credential carries and the issuer serves is always a PNG.
 */
export async function imageFromUpload(upload: Upload): Promise<Buffer> {
  if (sniff(upload.bytes) === 'unknown' && looksLikeSvg(upload.bytes))
    return renderPng(await sanitiseSvg(upload.bytes));
  const type = checkType(upload.bytes, upload.filename, upload.mimetype);
  if (type !== 'png')
    throw new ValidationError('badges.image_not_png', 'A badge image is a PNG or an SVG.');
  return (await processUpload(type, upload.bytes)).data;
}
