import { generateKeyPairSync } from 'node:crypto';
import { CompactSign, compactVerify, importJWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateIssuerKey, type IssuerKey } from '../keys/issuer-key.js';
import {
  decodeCompactJws,
  publicKeyFromJwk,
  signCompactJws,
  verifyCompactJws,
} from './compact-jws.js';

const ISSUER = 'https://issuer.example/1';
const keys: Record<'ES256' | 'RS256', IssuerKey> = {} as Record<'ES256' | 'RS256', IssuerKey>;
const utf8 = new TextEncoder();

beforeAll(async () => {
  keys.ES256 = await generateIssuerKey({ controller: ISSUER, algorithm: 'ES256' });
  keys.RS256 = await generateIssuerKey({ controller: ISSUER, algorithm: 'RS256' });
});

describe.each(['ES256', 'RS256'] as const)('compact JWS %s', (alg) => {
  it('is read by jose, and reads what jose signs', async () => {
    const key = keys[alg];
    const token = signCompactJws({ kid: key.id, typ: 'JWT' }, { hello: 'wörld' }, key);
    const joseResult = await compactVerify(token, await importJWK(key.publicKeyJwk, alg));
    expect(joseResult.protectedHeader).toEqual({ alg, kid: key.id, typ: 'JWT' });
    expect(JSON.parse(new TextDecoder().decode(joseResult.payload))).toEqual({ hello: 'wörld' });
    const fromJose = await new CompactSign(utf8.encode('{"a":1}'))
      .setProtectedHeader({ alg })
      .sign(await importJWK(key.privateKeyJwk ?? {}, alg));
    const decoded = decodeCompactJws(fromJose);
    expect(decoded.payload).toEqual({ a: 1 });
    expect(() => {
      verifyCompactJws(decoded, publicKeyFromJwk(key.publicKeyJwk, alg), alg);
    }).not.toThrow();
  });

  it('rejects a changed payload, header or signature, and another key', async () => {
    const key = keys[alg];
    const other = await generateIssuerKey({ controller: ISSUER, algorithm: alg });
    const token = signCompactJws({ kid: key.id }, { n: 1 }, key);
    const [h, p, s] = token.split('.') as [string, string, string];
    const publicKey = publicKeyFromJwk(key.publicKeyJwk, alg);
    const forged = Buffer.from('{"n":2}').toString('base64url');
    const reheaded = Buffer.from(JSON.stringify({ alg, kid: 'x' })).toString('base64url');
    const flipped = `${s.slice(0, 10)}${s[10] === 'A' ? 'B' : 'A'}${s.slice(11)}`;
    for (const bad of [
      `${h}.${forged}.${s}`,
      `${reheaded}.${p}.${s}`,
      `${h}.${p}.${flipped}`,
      `${h}.${p}.`,
    ]) {
      expect(() => {
        verifyCompactJws(decodeCompactJws(bad), publicKey, alg);
      }).toThrow(/signature verification failed/);
    }
    expect(() => {
      verifyCompactJws(decodeCompactJws(token), publicKeyFromJwk(other.publicKeyJwk, alg), alg);
    }).toThrow(/signature verification failed/);
  });
});

describe('compact JWS safeguards', () => {
  it('refuses alg mismatches, crit headers and keys of the wrong type or size', () => {
    const es = keys.ES256;
    const token = signCompactJws({}, { n: 1 }, es);
    const esPublic = publicKeyFromJwk(es.publicKeyJwk, 'ES256');
    expect(() => {
      verifyCompactJws(decodeCompactJws(token), esPublic, 'RS256');
    }).toThrow(/alg is ES256, not RS256/);
    expect(() => publicKeyFromJwk(es.publicKeyJwk, 'RS256')).toThrow(/not an RS256 key/);
    expect(() => publicKeyFromJwk(keys.RS256.publicKeyJwk, 'ES256')).toThrow(/not an ES256 key/);
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
      format: 'jwk',
    });
    expect(() => publicKeyFromJwk(small as Record<string, unknown>, 'RS256')).toThrow(/RSA ≥ 2048/);
    expect(() => publicKeyFromJwk({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, 'ES256')).toThrow(
      /not a valid/,
    );
    const critical = signCompactJws({ crit: ['exp'], exp: 1 }, { n: 1 }, es);
    expect(() => {
      verifyCompactJws(decodeCompactJws(critical), esPublic, 'ES256');
    }).toThrow(/crit/);
  });

  it('decodes only three base64url parts with JSON object header and payload', () => {
    const obj = Buffer.from('{}').toString('base64url');
    const arr = Buffer.from('[1]').toString('base64url');
    for (const bad of [
      'a.b',
      `${obj}.${obj}.x.y`,
      `${obj}.${arr}.`,
      `${arr}.${obj}.`,
      `${obj}.${obj}.a+b`,
      `${obj}.@@.`,
    ]) {
      expect(() => decodeCompactJws(bad)).toThrow(
        expect.objectContaining({ code: 'ob.malformed_json' }) as Error,
      );
    }
  });

  it('imports each public key once', () => {
    const jwk = keys.ES256.publicKeyJwk;
    expect(publicKeyFromJwk({ ...jwk }, 'ES256')).toBe(publicKeyFromJwk({ ...jwk }, 'ES256'));
  });

  it('refuses to sign with an Ed25519 key or a public-only key', async () => {
    const ed = await generateIssuerKey({ controller: ISSUER });
    expect(() => signCompactJws({}, {}, ed)).toThrow(
      expect.objectContaining({ code: 'ob.key_unsupported' }) as Error,
    );
    const { privateKeyJwk: _private, ...publicOnly } = keys.ES256;
    expect(() => signCompactJws({}, {}, publicOnly)).toThrow(
      expect.objectContaining({ code: 'ob.key_unsupported' }) as Error,
    );
  });
});
