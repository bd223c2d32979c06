import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OpenBadgesError } from '../errors.js';
import { bakePng, unbake, unbakePng } from './index.js';
import { parsePng, writePng } from './png.js';
import { encodeITxt } from './png-text.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/baked/${name}`, import.meta.url)));
const noise = fixture('noise-50k.png');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof OpenBadgesError) return err.code;
    throw err;
  }
  return 'no error';
}

describe('bakePng / unbakePng', () => {
  it('round-trips a credential byte-exactly in one uncompressed iTXt chunk before IEND', () => {
    const payload = '{"id":"urn:uuid:1","name":"Équipe — ✓ 🎉"}';
    const baked = bakePng(noise, payload);
    expect(unbakePng(baked)).toEqual({ kind: 'png', version: '3.0', payload });
    const chunks = parsePng(baked);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    const itxt = chunks[2]?.data ?? new Uint8Array();
    expect(Buffer.from(itxt.subarray(0, 24)).toString('latin1')).toBe(
      'openbadgecredential\0\0\0\0\0',
    );
  });

  it('keeps the image chunks intact', () => {
    const before = parsePng(noise);
    const after = parsePng(bakePng(noise, 'x.y.z'));
    const kept = after.filter((c) => c.type !== 'iTXt');
    expect(kept.map((c) => c.type)).toEqual(before.map((c) => c.type));
    kept.forEach((c, i) => {
      expect(Buffer.from(c.data).equals(before[i]?.data ?? new Uint8Array())).toBe(true);
    });
  });

  it('serialises objects as compact JSON', () => {
    expect(unbake(bakePng(noise, { a: [1, 'é'] })).payload).toBe('{"a":[1,"é"]}');
  });

  it('replaces an existing credential chunk instead of adding a second one', () => {
    const twice = bakePng(bakePng(noise, 'first'), 'second');
    expect(unbakePng(twice).payload).toBe('second');
    expect(parsePng(twice).filter((c) => c.type === 'iTXt')).toHaveLength(1);
  });

  it('bakes and reads OB 2.0 assertions under the openbadges keyword, also from tEXt', () => {
    expect(unbake(bakePng(noise, '{"type":"Assertion"}', { version: '2.0' }))).toEqual({
      kind: 'png',
      version: '2.0',
      payload: '{"type":"Assertion"}',
    });
    const chunks = parsePng(noise);
    const text = {
      type: 'tEXt',
      data: new Uint8Array(Buffer.from('openbadges\0https://example.org/a/1', 'latin1')),
    };
    const withText = writePng([...chunks.slice(0, -1), text, ...chunks.slice(-1)]);
    expect(unbake(withText)).toEqual({
      kind: 'png',
      version: '2.0',
      payload: 'https://example.org/a/1',
    });
  });

  it('reads a zlib-compressed iTXt chunk', async () => {
    const { deflateSync } = await import('node:zlib');
    const head = Buffer.from('openbadgecredential\0\x01\x00\0\0', 'latin1');
    const data = new Uint8Array(Buffer.concat([head, deflateSync(Buffer.from('{"z":true}'))]));
    const chunks = parsePng(noise);
    const png = writePng([...chunks.slice(0, -1), { type: 'iTXt', data }, ...chunks.slice(-1)]);
    expect(unbakePng(png).payload).toBe('{"z":true}');
  });
});

describe('bad PNG input', () => {
  const chunks = parsePng(noise);
  const withChunks = (...extra: ReturnType<typeof encodeITxt>[]): Uint8Array =>
    writePng([...chunks.slice(0, -1), ...extra, ...chunks.slice(-1)]);

  it('refuses a PNG without a credential', () => {
    expect(codeOf(() => unbakePng(noise))).toBe('ob.bake.no_credential');
  });

  it('refuses a PNG with two credential chunks', () => {
    const png = withChunks(
      encodeITxt('openbadgecredential', 'a'),
      encodeITxt('openbadgecredential', 'b'),
    );
    expect(codeOf(() => unbake(png))).toBe('ob.bake.multiple_credentials');
    const mixed = withChunks(encodeITxt('openbadgecredential', 'a'), encodeITxt('openbadges', 'b'));
    expect(codeOf(() => unbake(mixed))).toBe('ob.bake.multiple_credentials');
  });

  it('refuses a truncated PNG at every length', () => {
    const baked = bakePng(noise, 'payload');
    for (const length of [0, 4, 8, 12, 20, 33, 1000, baked.length - 13, baked.length - 1]) {
      expect(codeOf(() => unbake(baked.subarray(0, length)))).toBe('ob.bake.malformed_image');
    }
  });

  it('refuses a bad CRC, trailing data and a first chunk other than IHDR', () => {
    const baked = bakePng(noise, 'payload');
    const badCrc = baked.slice();
    badCrc[baked.length - 20] = (badCrc[baked.length - 20] ?? 0) ^ 1; // inside the iTXt text
    expect(codeOf(() => unbake(badCrc))).toBe('ob.bake.malformed_image');
    expect(codeOf(() => unbake(Uint8Array.from([...baked, 0])))).toBe('ob.bake.malformed_image');
    const textFirst = writePng([{ type: 'tEXt', data: new Uint8Array(1) }, ...chunks]);
    expect(codeOf(() => unbake(textFirst))).toBe('ob.bake.malformed_image');
  });

  it('refuses an image over the size limit', () => {
    expect(codeOf(() => unbake(noise, { maxBytes: 1000 }))).toBe('ob.document_too_large');
    expect(codeOf(() => bakePng(noise, 'x'.repeat(2000), { maxBytes: 51_000 }))).toBe(
      'ob.document_too_large',
    );
  });

  it('refuses a compressed chunk that inflates past the limit', async () => {
    const { deflateSync } = await import('node:zlib');
    const head = Buffer.from('openbadgecredential\0\x01\x00\0\0', 'latin1');
    const bomb = new Uint8Array(Buffer.concat([head, deflateSync(Buffer.alloc(5_000_000))]));
    const png = writePng([
      ...chunks.slice(0, -1),
      { type: 'iTXt', data: bomb },
      ...chunks.slice(-1),
    ]);
    expect(codeOf(() => unbake(png))).toBe('ob.bake.malformed_image');
  });
});
