import { BADGE_PICTOGRAMS, BADGE_SHAPES, type BadgeTemplate } from '@territoires/contracts';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/index.js';
import { renderPng } from './render.js';
import { sanitiseSvg } from './svg-sanitise.js';
import { badgeSvg, contrast, textColourOn, titleLines } from './template.js';

const template = (overrides: Partial<BadgeTemplate> = {}): BadgeTemplate => ({
  shape: 'cercle',
  background: '#1d4ed8',
  accent: '#fbbf24',
  pictogram: 'poignee-de-main',
  title: 'Accueil du public',
  ...overrides,
});

const svg = (body: string, extra = '') =>
  Buffer.from(
    `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100"${extra}>${body}</svg>`,
  );

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await sanitiseSvg(bytes);
  } catch (error) {
    if (error instanceof ValidationError) return error.code;
    throw error;
  }
  return 'accepted';
}

describe('generated badge images', () => {
  it('draws every shape and pictogram as a 512 px PNG', async () => {
    for (const [i, pictogram] of BADGE_PICTOGRAMS.entries()) {
      const shape = BADGE_SHAPES[i % BADGE_SHAPES.length] ?? 'cercle';
      const png = await renderPng(await badgeSvg(template({ shape, pictogram })));
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 512, 512]);
    }
  });

  it('writes the title with the bundled font, in the colour that reads on the band', async () => {
    const png = await renderPng(await badgeSvg(template({ accent: '#ffffff' })));
    // The band is white, so the title is dark: some of the band's pixels are dark.
    const band = await sharp(png)
      .extract({ left: 40, top: 310, width: 432, height: 84 })
      .raw()
      .toBuffer();
    let dark = 0;
    for (let i = 0; i < band.length; i += 4) if ((band[i] ?? 255) < 80) dark += 1;
    expect(dark).toBeGreaterThan(500);
  });

  it('chooses black or white for contrast, and cuts long titles in two lines', () => {
    expect(textColourOn('#ffff00')).toBe('#000000');
    expect(textColourOn('#1d4ed8')).toBe('#ffffff');
    for (const colour of ['#000000', '#777777', '#ff0000', '#00ff00', '#fbbf24', '#ffffff'])
      expect(contrast(colour, textColourOn(colour))).toBeGreaterThanOrEqual(4.5);
    expect(titleLines('Ponctualité')).toEqual(['Ponctualité']);
    expect(titleLines('Prêt pour l’entretien d’embauche')).toEqual([
      'Prêt pour l’entretien',
      'd’embauche',
    ]);
  });

  it('escapes the title', async () => {
    const text = await badgeSvg(template({ title: '<script>&"' }));
    expect(text).not.toContain('<script>');
    expect(text).toContain('&#60;script&#62;&#38;&#34;');
  });
});

describe('uploaded SVG images', () => {
  it('keeps a clean drawing: local references, gradients, embedded PNG, text', async () => {
    const pixel = (
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#f00' } })
        .png()
        .toBuffer()
    ).toString('base64');
    const clean = await sanitiseSvg(
      svg(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient>' +
          '<circle id="c" r="30"/></defs><use xlink:href="#c" x="50" y="50" fill="url(#g)"/>' +
          `<image href="data:image/png;base64,${pixel}" width="10" height="10"/>` +
          '<text x="10" y="90" style="fill: url(\'#g\')">Bravo</text>',
      ),
    );
    expect(clean).toContain('<use');
    expect(clean).toContain('Bravo');
    const meta = await sharp(await renderPng(clean)).metadata();
    expect([meta.width, meta.height]).toEqual([512, 512]);
  });

  it('drops what only editors need, without refusing', async () => {
    const inkscape = svg(
      '<sodipodi:namedview id="n"/><metadata>x</metadata><rect width="10" height="10"/>',
      ' xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"',
    );
    const clean = await sanitiseSvg(inkscape);
    expect(clean).not.toContain('sodipodi');
    expect(clean).toContain('<rect');
  });

  it.each([
    ['a script', '<script>alert(1)</script>'],
    ['an event handler', '<rect width="1" height="1" onclick="alert(1)"/>'],
    [
      'foreignObject',
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
    ],
    ['an external image', '<image href="https://example.org/x.png"/>'],
    ['an external xlink:href', '<use xlink:href="other.svg#c"/>'],
    ['a javascript: link', '<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'],
    ['an external url()', '<rect width="1" height="1" fill="url(https://example.org/p.svg#g)"/>'],
    [
      'an external url() in a style',
      '<rect style="fill:url(//example.org/g)" width="1" height="1"/>',
    ],
    ['an @import', '<style>@import "https://example.org/a.css";</style>'],
    ['a url() in a <style>', '<style>rect{fill:url(http://example.org/g)}</style>'],
    ['an embedded SVG', '<image href="data:image/svg+xml;base64,PHN2Zy8+"/>'],
    ['an animated link', '<a><set attributeName="href" to="javascript:alert(1)"/></a>'],
    ['an HTML element', '<h:script xmlns:h="http://www.w3.org/1999/xhtml">x</h:script>'],
  ])('refuses %s (badges.svg_unsafe)', async (_what, body) => {
    expect(await refusal(svg(body))).toBe('badges.svg_unsafe');
  });

  it('refuses entities and linked style sheets', async () => {
    const entity = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
    );
    expect(await refusal(entity)).toBe('badges.svg_unsafe');
    const sheet = Buffer.from(
      '<?xml-stylesheet href="https://example.org/s.css"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    expect(await refusal(sheet)).toBe('badges.svg_unsafe');
  });

  it('refuses what is not an SVG, or too much of one', async () => {
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>'))).toBe(
      'badges.svg_invalid',
    );
    expect(await refusal(Buffer.from('<html xmlns="http://www.w3.org/1999/xhtml"/>'))).toBe(
      'badges.svg_invalid',
    );
    expect(await refusal(svg('<g/>'.repeat(10_001)))).toBe('badges.svg_too_complex');
    expect(await refusal(Buffer.alloc(1024 * 1024 + 1, ' '))).toBe('badges.svg_too_complex');
    const bomb = await sharp({
      create: { width: 5000, height: 4000, channels: 3, background: '#000' },
    })
      .png()
      .toBuffer();
    const embedded = svg(`<image href="data:image/png;base64,${bomb.toString('base64')}"/>`);
    expect(await refusal(embedded)).toBe('badges.svg_too_complex');
  });
});
