import { createRequire } from 'node:module';
import { oneAtATime } from '../../files/one-at-a-time.js';
import { invalid } from './svg-check.js';

// SVG to PNG on the server with resvg (its prebuilt binary ships in its npm packages) and a font
// from an npm package (Atkinson Hyperlegible, OFL): no system font, nothing fetched at run time.

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/atkinson-hyperlegible';
export const FONT_FAMILY = 'Atkinson Hyperlegible';
export const FONT_FILES = [
  require.resolve(`${FONT_PACKAGE}/400Regular/AtkinsonHyperlegible_400Regular.ttf`),
  require.resolve(`${FONT_PACKAGE}/700Bold/AtkinsonHyperlegible_700Bold.ttf`),
];

/** The longest side of a badge's PNG. */
export const BADGE_SIZE = 512;

// One render at a time for the whole server, as image decodes are (files/one-at-a-time.ts).
const queue = oneAtATime();

/** Renders the SVG text to a PNG whose longest side is 512 px, with the bundled font only. */
export function renderPng(svg: string): Promise<Buffer> {
  return queue(async () => {
    const { Resvg, renderAsync } = await import('@resvg/resvg-js');
    const options = {
      font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY },
      logLevel: 'off' as const,
    };
    let size: { width: number; height: number };
    try {
      size = new Resvg(svg, options);
    } catch {
      throw invalid('the drawing cannot be read');
    }
    if (!(size.width > 0 && size.height > 0)) throw invalid('the drawing has no size');
    const fitTo =
      size.width >= size.height
        ? { mode: 'width' as const, value: BADGE_SIZE }
        : { mode: 'height' as const, value: BADGE_SIZE };
    // In libuv's threads: the event loop goes on serving while the picture is drawn.
    const rendered = await renderAsync(svg, { ...options, fitTo });
    return rendered.asPng();
  });
}
