import { BADGE_FILE_FORMATS } from '@territoires/contracts';
import { strToU8, zipSync } from 'fflate';
import type { Services } from '../../services.js';
import { renderPng } from '../images/render.js';
import { openBadges } from '../open-badges.js';
import type { AwardView } from '../repository.js';
import { asVcJwt } from '../vc-jwt.js';

// A signed badge taken away (issue 17): the credential baked in its image (PNG, and an SVG that
// carries that PNG), as JSON, as a VC-JWT; or all of them at once in a zip. Each verifies anywhere:
// it is the credential exactly as signed (the JWT is the same credential, signed anew, ADR 0021).

type BadgeFileFormat = (typeof BADGE_FILE_FORMATS)[number];

export interface BadgeFile {
  bytes: Uint8Array;
  type: string;
  fileName: string;
}

const TYPES: Record<BadgeFileFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  json: 'application/ld+json',
  jwt: 'application/vc+jwt',
};

/** A file name from the badge's name: letters and digits, dashes between. */
export const fileStem = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'badge';

/** A badge without an image of its own is baked into a plain disc. */
const PLAIN_DISC =
  '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">' +
  '<circle cx="256" cy="256" r="240" fill="#1d4ed8"/><circle cx="256" cy="256" r="200" fill="#fff"/></svg>';

async function imagePng(services: Services, view: AwardView): Promise<Uint8Array> {
  const key = view.achievement.imageKey;
  return key === null ? renderPng(PLAIN_DISC) : services.files.get(key);
}

/** The SVG form: the badge's PNG drawn in an SVG, the credential baked beside it. */
const svgAround = (png: Uint8Array, alt: string): string =>
  '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512" role="img">' +
  `<title>${alt.replace(/[&<>"']/g, ' ')}</title>` +
  `<image width="512" height="512" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/>` +
  '</svg>';

export async function badgeFile(
  services: Services,
  view: AwardView,
  format: BadgeFileFormat,
): Promise<BadgeFile> {
  const credential = view.award.credential ?? {};
  const stem = fileStem(view.achievement.name);
  const file = (bytes: Uint8Array): BadgeFile => ({
    bytes,
    type: TYPES[format],
    fileName: `${stem}.${format}`,
  });
  if (format === 'json') return file(strToU8(JSON.stringify(credential, null, 2)));
  if (format === 'jwt')
    return file(strToU8((await asVcJwt(services.issuerKeys, view, services.clock)).jwt));
  const { bakePng, bakeSvg } = await openBadges();
  const png = await imagePng(services, view);
  if (format === 'png') return file(bakePng(png, credential));
  return file(strToU8(bakeSvg(svgAround(png, view.achievement.imageAlt), credential)));
}

/** Every signed badge given, each in every form, in one zip (folders by badge). */
export async function allBadgesZip(services: Services, views: AwardView[]): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  const used = new Set<string>();
  for (const view of views) {
    let folder = fileStem(view.achievement.name);
    for (let n = 2; used.has(folder); n += 1) folder = `${fileStem(view.achievement.name)}-${n}`;
    used.add(folder);
    for (const format of BADGE_FILE_FORMATS) {
      const made = await badgeFile(services, view, format);
      entries[`${folder}/${made.fileName}`] = made.bytes;
    }
  }
  // PNG and zip are compressed already: stored as they are.
  return zipSync(entries, { level: 0 });
}
