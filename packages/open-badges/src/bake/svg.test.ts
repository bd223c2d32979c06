import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OpenBadgesError } from '../errors.js';
import { bakeSvg, unbake, unbakeSvg } from './index.js';

const plain = readFileSync(new URL('../../test/fixtures/baked/plain.svg', import.meta.url), 'utf8');
const JWS = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
const NS3 = 'xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof OpenBadgesError) return err.code;
    throw err;
  }
  return 'no error';
}

describe('bakeSvg / unbakeSvg', () => {
  it('puts JSON in CDATA inside openbadges:credential, right after the root tag', () => {
    const baked = bakeSvg(plain, '{"name":"a <b> & c"}');
    expect(baked).toContain(
      '<openbadges:credential><![CDATA[{"name":"a <b> & c"}]]></openbadges:credential>',
    );
    // The namespace is declared on the <svg> root.
    expect(baked).toMatch(/<svg [^>]*xmlns:openbadges="https:\/\/purl\.imsglobal\.org\/ob\/v3p0"/);
    expect(baked.indexOf('<openbadges:credential')).toBeLessThan(baked.indexOf('<circle'));
    expect(unbakeSvg(baked)).toEqual({
      kind: 'svg',
      version: '3.0',
      payload: '{"name":"a <b> & c"}',
    });
    expect(
      baked
        .replace(/\n<openbadges:credential.*<\/openbadges:credential>/, '')
        .replace(' xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"', ''),
    ).toBe(plain);
  });

  it('puts a compact JWS in the verify attribute', () => {
    const baked = bakeSvg(plain, JWS);
    expect(baked).toContain(`verify="${JWS}"/>`);
    expect(unbake(new TextEncoder().encode(baked))).toEqual({
      kind: 'svg',
      version: '3.0',
      payload: JWS,
    });
  });

  it('carries "]]>" inside the payload by splitting the CDATA section', () => {
    const payload = '{"a":"]]>","b":"]]]]>"}';
    expect(unbakeSvg(bakeSvg(plain, payload)).payload).toBe(payload);
  });

  it('replaces an existing badge and handles a self-closing root', () => {
    const twice = bakeSvg(bakeSvg(plain, '{"n":1}'), '{"n":2}');
    expect(unbakeSvg(twice).payload).toBe('{"n":2}');
    expect(twice.match(/openbadges:credential/g)).toHaveLength(2); // one start tag, one end tag
    const empty = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', JWS);
    expect(empty).toMatch(
      /^<svg xmlns:openbadges="[^"]+" xmlns="http:\/\/www.w3.org\/2000\/svg">\n<openbadges:credential .*\/>\n<\/svg>$/,
    );
    expect(unbakeSvg(empty).payload).toBe(JWS);
  });

  it('bakes and reads OB 2.0 assertions, hosted URL in verify', () => {
    const baked = bakeSvg(plain, 'https://example.org/assertions/1', { version: '2.0' });
    expect(baked).toContain('<openbadges:assertion verify=');
    expect(baked).toMatch(/<svg [^>]*xmlns:openbadges="http:\/\/openbadges\.org"/);
    expect(unbakeSvg(baked)).toEqual({
      kind: 'svg',
      version: '2.0',
      payload: 'https://example.org/assertions/1',
    });
    const spec = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">
      <openbadges:assertion verify="https://example.org/a.json">
        <![CDATA[ {"id": "https://example.org/a.json"} ]]>
      </openbadges:assertion></svg>`;
    expect(unbakeSvg(spec)).toEqual({
      kind: 'svg',
      version: '2.0',
      payload: '{"id": "https://example.org/a.json"}',
    });
  });

  it('decodes entity-escaped JSON text and accepts another prefix bound to the OB namespace', () => {
    const svg = `<svg xmlns:ob="https://purl.imsglobal.org/ob/v3p0"><ob:credential>{&quot;a&quot;:&#x22;&lt;&#34;}</ob:credential></svg>`;
    expect(unbakeSvg(svg).payload).toBe('{"a":"<"}');
  });

  it('lets the namespace, not the prefix, decide: undeclared, rebound and other-version prefixes', () => {
    const undeclared = '<svg><openbadges:credential verify="a.b.c"/></svg>';
    expect(codeOf(() => unbakeSvg(undeclared))).toBe('ob.bake.no_credential');
    const twoNs = `<svg xmlns:openbadges="http://openbadges.org"><openbadges:credential verify="a.b.c"/></svg>`;
    expect(unbakeSvg(twoNs).version).toBe('2.0');
    const rebound = `<svg ${NS3}><g xmlns:openbadges="urn:other"><openbadges:credential verify="a.b.c"/></g></svg>`;
    expect(codeOf(() => unbakeSvg(rebound))).toBe('ob.bake.no_credential');
    const local = `<svg><credential xmlns="https://purl.imsglobal.org/ob/v3p0" verify="a.b.c"/></svg>`;
    expect(unbakeSvg(local)).toMatchObject({ version: '3.0', payload: 'a.b.c' });
    // Baking 3.0 into an image whose root binds the prefix to 2.0 rebinds it.
    const rebaked = bakeSvg('<svg xmlns:openbadges="http://openbadges.org"/>', JWS);
    expect(unbakeSvg(rebaked)).toMatchObject({ version: '3.0', payload: JWS });
  });

  it('refuses payloads XML cannot carry', () => {
    expect(codeOf(() => bakeSvg(plain, 'a\u0000b'))).toBe('ob.invalid_argument');
    expect(codeOf(() => bakeSvg(plain, ' padded'))).toBe('ob.invalid_argument');
  });
});

describe('bad SVG input', () => {
  const cases: [string, string, string][] = [
    ['no badge', plain, 'ob.bake.no_credential'],
    [
      'empty badge',
      `<svg ${NS3}><openbadges:credential> </openbadges:credential></svg>`,
      'ob.bake.no_credential',
    ],
    [
      'two badges',
      `<svg ${NS3}><openbadges:credential verify="a.b.c"/><openbadges:credential verify="d.e.f"/></svg>`,
      'ob.bake.multiple_credentials',
    ],
    [
      'script',
      `<svg ${NS3}><script>alert(1)</script><openbadges:credential verify="a.b.c"/></svg>`,
      'ob.bake.unsafe_svg',
    ],
    ['prefixed script', '<svg><svg:script href="x"/></svg>', 'ob.bake.unsafe_svg'],
    [
      'event handler',
      `<svg ${NS3} onload="alert(1)"><openbadges:credential verify="a.b.c"/></svg>`,
      'ob.bake.unsafe_svg',
    ],
    [
      'javascript link',
      '<svg><a xlink:href=" javascript:alert(1)">x</a></svg>',
      'ob.bake.unsafe_svg',
    ],
    [
      'external entity',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg>&xxe;</svg>',
      'ob.bake.unsafe_svg',
    ],
    [
      'other DOCTYPE',
      '<!DOCTYPE svg SYSTEM "http://evil.example/x.dtd"><svg/>',
      'ob.bake.unsafe_svg',
    ],
    ['not svg', '<html><body/></html>', 'ob.bake.malformed_image'],
    ['unclosed', `<svg ${NS3}><openbadges:credential verify="a.b.c"/>`, 'ob.bake.malformed_image'],
    ['mismatched', '<svg><g></svg></g>', 'ob.bake.malformed_image'],
    [
      'unterminated CDATA',
      `<svg ${NS3}><openbadges:credential><![CDATA[{}</openbadges:credential></svg>`,
      'ob.bake.malformed_image',
    ],
    [
      'unknown entity',
      `<svg ${NS3}><openbadges:credential>&nbsp;</openbadges:credential></svg>`,
      'ob.bake.malformed_image',
    ],
    ['bad attribute', '<svg a=b></svg>', 'ob.bake.malformed_image'],
  ];
  it.each(cases)('%s', (_name, svg, code) => {
    expect(codeOf(() => unbakeSvg(svg))).toBe(code);
    expect(codeOf(() => unbake(new TextEncoder().encode(svg)))).toBe(code);
  });

  it('stays fast on adversarial documents just under 1 MiB (many badges, deep nesting)', () => {
    const many = `<svg ${NS3}>${'<openbadges:credential>x</openbadges:credential>'.repeat(20_000)}</svg>`;
    const deep = `<svg>${'<g>'.repeat(100_000)}${'</g>'.repeat(100_000)}</svg>`;
    const started = performance.now();
    expect(codeOf(() => unbakeSvg(many))).toBe('ob.bake.multiple_credentials');
    expect(codeOf(() => bakeSvg(many, JWS))).toBe('no error');
    expect(codeOf(() => unbakeSvg(deep))).toBe('ob.bake.no_credential');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses to bake into an unsafe SVG', () => {
    expect(codeOf(() => bakeSvg('<svg><script/></svg>', JWS))).toBe('ob.bake.unsafe_svg');
  });

  it('refuses documents over the size limit (1 MiB by default) and non-image bytes', () => {
    const big = `<svg>${' '.repeat(1024 * 1024)}</svg>`;
    expect(codeOf(() => unbakeSvg(big))).toBe('ob.document_too_large');
    expect(codeOf(() => unbake(new TextEncoder().encode(big)))).toBe('ob.document_too_large');
    expect(codeOf(() => unbake(Uint8Array.of(0xff, 0xfe, 0)))).toBe('ob.bake.malformed_image');
    expect(codeOf(() => unbake(new TextEncoder().encode('{"not":"an image"}')))).toBe(
      'ob.bake.malformed_image',
    );
  });
});
