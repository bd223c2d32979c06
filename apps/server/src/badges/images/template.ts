import type { BadgeShape, BadgeTemplate } from '@territoires/contracts';
import { pictogramShapes } from './pictograms.js';
import { FONT_FAMILY } from './render.js';

// A generated badge image: a shape in the background colour bordered with the accent colour, a
// pictogram, the title on a band of the accent colour; 512×512. Text and pictogram are drawn in
// black or white, whichever reads better on the colour beneath (WCAG contrast: one of
// them always reaches 4.5:1).

const DARK = '#000000';
const LIGHT = '#ffffff';

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(colour: string): number {
  const channel = (at: number) => {
    const c = parseInt(colour.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export const contrast = (a: string, b: string): number => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};

/** Black or white, whichever contrasts more with the colour. */
export const textColourOn = (colour: string): string =>
  contrast(colour, DARK) >= contrast(colour, LIGHT) ? DARK : LIGHT;

const SHAPES: Record<BadgeShape, (fill: string, accent: string) => string> = {
  cercle: (fill, accent) =>
    `<circle cx="256" cy="256" r="236" fill="${fill}" stroke="${accent}" stroke-width="16"/>`,
  ecusson: (fill, accent) =>
    `<path d="M256 18 L476 82 V236 C476 374 380 458 256 496 C132 458 36 374 36 236 V82 Z" fill="${fill}" stroke="${accent}" stroke-width="16" stroke-linejoin="round"/>`,
  hexagone: (fill, accent) =>
    `<polygon points="256,16 464,136 464,376 256,496 48,376 48,136" fill="${fill}" stroke="${accent}" stroke-width="16" stroke-linejoin="round"/>`,
  ruban: (fill, accent) =>
    `<polygon points="150,380 104,500 168,474 204,510 236,410" fill="${accent}"/>` +
    `<polygon points="362,380 408,500 344,474 308,510 276,410" fill="${accent}"/>` +
    `<circle cx="256" cy="236" r="212" fill="${fill}" stroke="${accent}" stroke-width="16"/>`,
};

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One line up to 20 characters, else two lines cut at the space nearest the middle. */
export function titleLines(title: string): string[] {
  if (title.length <= 20) return [title];
  const spaces = [...title.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [title];
  const middle = title.length / 2;
  const cut = spaces.reduce((best, at) =>
    Math.abs(at - middle) < Math.abs(best - middle) ? at : best,
  );
  return [title.slice(0, cut), title.slice(cut + 1)];
}

function titleText(title: string, colour: string): string {
  const lines = titleLines(title);
  const size = lines.length === 2 ? 30 : title.length <= 14 ? 44 : 36;
  const ys = lines.length === 2 ? [344, 380] : [352 + size * 0.35];
  return lines
    .map(
      (line, i) =>
        `<text x="256" y="${ys[i] ?? 0}" text-anchor="middle" font-family="${FONT_FAMILY}" font-weight="700" font-size="${size}" fill="${colour}">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The template as an SVG document (rendered to PNG by render.ts). */
export async function badgeSvg(template: BadgeTemplate): Promise<string> {
  const { background, accent } = template;
  const pictogram = await pictogramShapes(template.pictogram);
  const scale = 176 / 24;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">',
    SHAPES[template.shape](background, accent),
    `<g transform="translate(168 92) scale(${scale.toFixed(4)})" fill="none" stroke="${textColourOn(background)}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${pictogram}</g>`,
    `<rect x="24" y="304" width="464" height="96" rx="12" fill="${accent}"/>`,
    titleText(template.title, textColourOn(accent)),
    '</svg>',
  ].join('');
}
