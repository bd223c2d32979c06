import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OpenBadgesError } from '../errors.js';
import { bakePng, bakeSvg, unbake, unbakeSvg } from './index.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/baked/${name}`, import.meta.url)));
// A small real PNG keeps each property run cheap: the 1EdTech sample with its credential replaced.
const png = bakePng(fixture('simple-json.png'), 'seed');
const svg = readFileSync(new URL('../../test/fixtures/baked/plain.svg', import.meta.url), 'utf8');

function onlyOpenBadgesErrors(run: () => unknown): void {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(OpenBadgesError);
  }
}

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const xmlPayload = fc
  .string({ unit: 'binary', minLength: 1 })
  .map((s) => s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ''))
  .filter((s) => s !== '' && XML_CHAR.test(s));

describe('parsers on arbitrary input', () => {
  it('random bytes never fail with anything but OpenBadgesError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        onlyOpenBadgesErrors(() => unbake(bytes));
      }),
    );
  });

  it('a PNG with random corruption never fails with anything but OpenBadgesError', () => {
    fc.assert(
      fc.property(
        fc.nat(png.length - 1),
        fc.integer({ min: 1, max: 255 }),
        fc.nat(png.length),
        (at, xor, cut) => {
          const damaged = png.slice(0, Math.max(cut, at + 1));
          damaged[at] = (damaged[at] ?? 0) ^ xor;
          onlyOpenBadgesErrors(() => unbake(damaged));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random markup-like text never fails with anything but OpenBadgesError', () => {
    const piece = fc.constantFrom(
      '<svg>',
      '</svg>',
      '<openbadges:credential>',
      '</openbadges:credential>',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '<?',
      '?>',
      '<!DOCTYPE svg>',
      '<a b="c">',
      '</a>',
      '&amp;',
      '&',
      '"',
      "'",
      '/>',
      ' verify="x.y.z"',
      '<',
      '>',
    );
    const doc = fc
      .array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 30 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(doc, (text) => {
        onlyOpenBadgesErrors(() => unbakeSvg(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('bake → unbake round trips', () => {
  it('refuses strings with lone surrogates, which UTF-8 cannot carry', () => {
    expect(() => bakePng(png, 'a\uD800b')).toThrow(OpenBadgesError);
  });

  it('PNG: any string comes back byte-exact', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (payload) => {
        expect(unbake(bakePng(png, payload)).payload).toBe(payload);
      }),
      { numRuns: 100 },
    );
  });

  it('SVG: any XML-representable string without surrounding whitespace comes back byte-exact', () => {
    fc.assert(
      fc.property(xmlPayload, fc.constantFrom<'3.0' | '2.0'>('3.0', '2.0'), (payload, version) => {
        expect(unbakeSvg(bakeSvg(svg, payload, { version }))).toEqual({
          kind: 'svg',
          version,
          payload,
        });
      }),
      { numRuns: 300 },
    );
  });
});
