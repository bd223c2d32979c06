import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bakePng, bakeSvg, unbake } from './index.js';

// 1EdTech's validator test images (copied verbatim into test/fixtures/baked, see the README there).
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/baked/${name}`, import.meta.url)));

function jwtPayload(jws: string): Record<string, unknown> {
  const [, body] = jws.split('.');
  return JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

describe("unbaking 1EdTech's baked samples", () => {
  it('simple-json.png and simple-json.svg yield the same signed OB 3.0 credential', () => {
    const png = unbake(fixture('simple-json.png'));
    const svg = unbake(fixture('simple-json.svg'));
    expect([png.kind, png.version, svg.kind, svg.version]).toEqual(['png', '3.0', 'svg', '3.0']);
    const credential = JSON.parse(png.payload) as Record<string, unknown>;
    expect(JSON.parse(svg.payload)).toEqual(credential);
    expect(credential).toMatchObject({
      id: 'http://example.com/credentials/3527',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://example.com/issuers/876543' },
    });
  });

  it.each(['simple-jwt.png', 'simple-jwt.svg', 'simple-jwt_v1.png', 'simple-jwt_v1.svg'])(
    '%s yields a compact JWS whose payload is an OpenBadgeCredential',
    (name) => {
      const { payload, version } = unbake(fixture(name));
      expect(version).toBe('3.0');
      expect(payload).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      const claims = jwtPayload(payload);
      const vc = (claims.vc ?? claims) as { type?: unknown };
      expect(vc.type).toContain('OpenBadgeCredential');
    },
  );

  it('re-baking a sample payload into a fresh image round-trips it byte-exactly', () => {
    const { payload } = unbake(fixture('simple-json.png'));
    expect(unbake(bakePng(fixture('noise-50k.png'), payload)).payload).toBe(payload);
    const jws = unbake(fixture('simple-jwt.svg')).payload;
    const svg = new TextDecoder().decode(fixture('simple-jwt.svg'));
    expect(unbake(new TextEncoder().encode(bakeSvg(svg, jws))).payload).toBe(jws);
  });
});
