import { describe, expect, it } from 'vitest';
import { buildProfile } from '../model/builders.js';
import {
  buildDidWebDocument,
  buildIssuerProfile,
  didWebToUrl,
  exportPublicJwk,
  exportPublicMultikey,
} from './documents.js';
import { resolveDidKey } from './dids.js';
import { activeKey, generateIssuerKey, rotateIssuerKeys, toPublicKey } from './issuer-key.js';
import { parseKeyFile, serializeKeyFile } from './key-file.js';

describe('issuer keys', () => {
  it('generates Ed25519 / ES256 / RS256 keys whose id is controller#fragment', async () => {
    const ed = await generateIssuerKey({ controller: 'https://i.example/1' });
    expect(ed.id).toBe(`https://i.example/1#${String(ed.publicKeyMultibase)}`);
    expect(ed.publicKeyMultibase).toMatch(/^z6Mk/);
    const es = await generateIssuerKey({ controller: 'https://i.example/1', algorithm: 'ES256' });
    expect(es.publicKeyMultibase).toMatch(/^zDn/);
    const rs = await generateIssuerKey({ controller: 'https://i.example/1', algorithm: 'RS256' });
    expect(rs.publicKeyMultibase).toBeUndefined();
    expect(exportPublicJwk(rs)).toMatchObject({ kty: 'RSA', alg: 'RS256', kid: rs.id });
    expect(exportPublicJwk(rs)).not.toHaveProperty('d');
    expect(() => exportPublicMultikey(rs)).toThrow();
    // Issue 15: a P-256 key may be its own did:key (zDn…); an RSA key has no did:key form.
    const own = await generateIssuerKey({ algorithm: 'ES256' });
    expect(own.controller).toBe(`did:key:${String(own.publicKeyMultibase)}`);
    await expect(generateIssuerKey({ algorithm: 'RS256' })).rejects.toMatchObject({
      code: 'ob.invalid_argument',
    });
  });

  it('round-trips through the key file and rejects broken files with the field name', async () => {
    const key = await generateIssuerKey({ controller: 'did:web:territoires.example' });
    expect(parseKeyFile(serializeKeyFile(key))).toEqual(key);
    expect(() => parseKeyFile('{')).toThrow(
      expect.objectContaining({ code: 'ob.key_file_invalid' }) as Error,
    );
    const broken = JSON.parse(serializeKeyFile(key)) as Record<string, unknown>;
    broken.publicKeyJwk = 'x';
    expect(() => parseKeyFile(JSON.stringify(broken))).toThrow(
      expect.objectContaining({ details: { field: 'publicKeyJwk' } }) as Error,
    );
  });

  it('builds the issuer profile and did:web document; rotation keeps old keys listed', async () => {
    const did = 'did:web:territoires.example:issuers:1';
    expect(didWebToUrl(did)).toBe('https://territoires.example/issuers/1/did.json');
    expect(didWebToUrl('did:web:territoires.example')).toBe(
      'https://territoires.example/.well-known/did.json',
    );
    expect(didWebToUrl('did:web:127.0.0.1%3A8080:issuers:e2c')).toBe(
      'http://127.0.0.1:8080/issuers/e2c/did.json',
    );
    expect(didWebToUrl('did:web:localhost%3A3000')).toBe(
      'http://localhost:3000/.well-known/did.json',
    );
    expect(didWebToUrl('did:web:%5B%3A%3A1%5D%3A80:a')).toBe('http://[::1]:80/a/did.json');
    expect(didWebToUrl('did:web:127.example.org')).toBe(
      'https://127.example.org/.well-known/did.json',
    );
    const first = await generateIssuerKey({ controller: did });
    const keys = await rotateIssuerKeys([first]);
    expect(activeKey(keys)?.id).toBe(keys[1]?.id);
    const doc = buildDidWebDocument(did, keys.map(toPublicKey));
    expect(doc.assertionMethod).toEqual(keys.map((k) => k.id));
    expect(JSON.stringify(doc)).not.toContain('"d"');
    const profile = buildIssuerProfile(buildProfile({ id: did, name: 'Territoires' }), keys);
    expect(profile).toMatchObject({ id: did, type: ['Profile'], name: 'Territoires' });
    expect(() => buildIssuerProfile(buildProfile({ id: 'https://other.example' }), keys)).toThrow();
  });

  it('resolves did:key (Ed25519, P-256) offline and refuses other or malformed ones', async () => {
    const key = await generateIssuerKey();
    expect(key.controller).toMatch(/^did:key:z6Mk/);
    expect(resolveDidKey(key.id).method.publicKeyMultibase).toBe(key.publicKeyMultibase);
    // Issue 15: P-256 did:keys resolve (ecdsa-rdfc-2019); secp256k1 (zQ3s…) is still refused.
    const p256 = 'did:key:zDnaeWgbpcUat3VPa1GtVKfwMkCwhVxMJHtaCRf9dbw1xYSwT';
    expect(resolveDidKey(p256).method.publicKeyMultibase).toMatch(/^zDn/);
    expect(() =>
      resolveDidKey('did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme'),
    ).toThrow();
    expect(() => resolveDidKey('did:key:0OIl')).toThrow();
  });
});
