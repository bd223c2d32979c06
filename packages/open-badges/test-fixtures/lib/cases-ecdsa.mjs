// Keys and suites beyond Ed25519: ecdsa-rdfc-2019 (P-256, P-384) with @digitalbazaar/ecdsa-multikey and the
// ecdsa-rdfc-2019 cryptosuite; did:key P-256, did:jwk; VC-JWT (jose) whose kid is a JWK, a JWK Set or a DID URL.
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { badge, bad, because, ok, unknown, VC2, OB3 } from './cases-ob3.mjs';
import { didJwk, p256Multikey } from './keys.mjs';
import { jws, signEcdsa, SIGNED_AT } from './sign.mjs';

const JWKS_ISSUER = 'https://jwks-issuer.example/issuer';
const JWKS_URL = 'https://jwks-issuer.example/.well-known/jwks.json';
const JWK_URL = 'https://jwks-issuer.example/keys/k2.json';
const ELSEWHERE = 'https://keys.elsewhere.example/jwks.json';
const P256_ISSUER = 'https://p256-issuer.example/profile';
const seconds = (iso) => Math.floor(Date.parse(iso) / 1000);

function tamper(signed, mutate) {
  const copy = structuredClone(signed);
  mutate(copy);
  return copy;
}

/** The credential as a VC 2.0 JWT payload with every claim OB 3.0 asks for. */
function claims(credential) {
  return {
    ...credential,
    iss: credential.issuer.id,
    jti: credential.id,
    sub: credential.credentialSubject.id,
    nbf: seconds(credential.validFrom),
    iat: seconds(SIGNED_AT),
  };
}

async function embedded(add, web) {
  const didKey = await p256Multikey('ecdsa did:key issuer');
  const valid = await signEcdsa(badge(didKey.controller), didKey);
  add('ecdsa-did-key-valid', valid, 'did:key P-256 issuer, ecdsa-rdfc-2019', ok);
  add(
    'ecdsa-did-key-tampered',
    tamper(valid, (c) => (c.name = 'Cuisine volée')),
    'ecdsa-rdfc-2019 credential changed after signing',
    bad('proof'),
  );
  const other = await p256Multikey('ecdsa another did:key');
  add(
    'ecdsa-wrong-key',
    await signEcdsa(badge(didKey.controller), other),
    'issuer one P-256 did:key, signed by another',
    because(bad('proof'), 'ob.proof.not_by_issuer'),
  );
  const p384 = await EcdsaMultikey.generate({ curve: 'P-384' });
  p384.controller = `did:key:${p384.publicKeyMultibase}`;
  p384.id = `${p384.controller}#${p384.publicKeyMultibase}`;
  add(
    'ecdsa-p384-did-key-valid',
    await signEcdsa(badge(p384.controller), p384),
    'did:key P-384, ecdsa-rdfc-2019 (SHA-384)',
    ok,
  );
  const jwkKey = await p256Multikey('ecdsa did:jwk issuer');
  const did = didJwk(jwkKey.publicJwk);
  jwkKey.controller = did;
  jwkKey.id = `${did}#0`;
  add(
    'ecdsa-did-jwk-valid',
    await signEcdsa(badge(did), jwkKey),
    'did:jwk issuer (#0), ecdsa-rdfc-2019',
    ok,
  );
  const https = await p256Multikey('ecdsa https issuer key-1', P256_ISSUER, 'key-1');
  web[P256_ISSUER] = {
    json: {
      '@context': [
        VC2,
        OB3,
        'https://www.w3.org/ns/did/v1',
        'https://w3id.org/security/jws-2020/v1',
      ],
      id: P256_ISSUER,
      type: ['Profile'],
      name: 'P-256 issuer',
      verificationMethod: [
        {
          id: https.id,
          type: 'JsonWebKey',
          controller: P256_ISSUER,
          publicKeyJwk: https.publicJwk,
        },
      ],
      assertionMethod: [https.id],
    },
  };
  add(
    'ecdsa-https-jsonwebkey',
    await signEcdsa(badge(P256_ISSUER), https),
    'https issuer whose Profile lists its P-256 key as a JsonWebKey',
    unknown('proof'),
    ok,
  );
  const jwksKey = await p256Multikey('jwks issuer k1', JWKS_ISSUER, 'k1');
  jwksKey.id = `${JWKS_URL}#k1`;
  add(
    'ecdsa-verification-method-jwks',
    await signEcdsa(badge(JWKS_ISSUER), jwksKey),
    "embedded proof whose verificationMethod is a key of a JWK Set on the issuer's site",
    unknown('proof'),
    ok,
  );
}

async function jwts(add, web) {
  const k1 = await p256Multikey('jwks issuer k1');
  const k2 = await p256Multikey('jwks issuer k2');
  const stranger = await p256Multikey('jwks stranger');
  const withKid = (jwk, kid) => ({ ...jwk, kid, alg: 'ES256', use: 'sig' });
  web[JWKS_URL] = { json: { keys: [withKid(k1.publicJwk, 'k1'), withKid(k2.publicJwk, 'k2')] } };
  web[JWK_URL] = { json: withKid(k2.publicJwk, 'k2') };
  web[ELSEWHERE] = { json: { keys: [withKid(stranger.publicJwk, 'k1')] } };
  const payload = claims(badge(JWKS_ISSUER));
  const sign = (kid, key) => jws({ alg: 'ES256', kid, typ: 'JWT' }, payload, key.privateJwk);
  const online = (result, ...failed) => ({ result, failed });
  add(
    'jwt-kid-jwks',
    await sign(`${JWKS_URL}#k1`, k1),
    "ES256 VC-JWT, kid names a key of the issuer's JWK Set",
    unknown('proof'),
    online('verified'),
    'jwt',
  );
  add(
    'jwt-kid-jwk',
    await sign(JWK_URL, k2),
    "ES256 VC-JWT, kid is the URL of a bare JWK on the issuer's site",
    unknown('proof'),
    online('verified'),
    'jwt',
  );
  add(
    'jwt-kid-jwks-wrong-key',
    await sign(`${JWKS_URL}#k1`, k2),
    'kid names k1, signed with k2',
    unknown('proof'),
    online('not_verified', 'proof'),
    'jwt',
  );
  add(
    'jwt-kid-jwks-other-origin',
    await sign(`${ELSEWHERE}#k1`, stranger),
    "kid on another site than the issuer's: not the issuer's key",
    unknown('proof'),
    because(online('not_verified', 'proof'), 'ob.proof.not_by_issuer'),
    'jwt',
  );
  const jwkIssuer = await p256Multikey('jwt did:jwk issuer');
  const did = didJwk(jwkIssuer.publicJwk);
  add(
    'jwt-did-jwk',
    await jws(
      { alg: 'ES256', kid: `${did}#0`, typ: 'JWT' },
      claims(badge(did)),
      jwkIssuer.privateJwk,
    ),
    'ES256 VC-JWT by a did:jwk issuer, resolved offline',
    ok,
    ok,
    'jwt',
  );
  const keyIssuer = await p256Multikey('jwt did:key issuer');
  add(
    'jwt-did-key-p256',
    await jws(
      { alg: 'ES256', kid: keyIssuer.id, typ: 'JWT' },
      claims(badge(keyIssuer.controller)),
      keyIssuer.privateJwk,
    ),
    'ES256 VC-JWT by a did:key P-256 issuer, resolved offline',
    ok,
    ok,
    'jwt',
  );
}

/** An ES256 VC-JWT by a P-256 did:key issuer (offline-verifiable), for presentations to hold. */
export async function didKeyJwt() {
  const issuer = await p256Multikey('jwt did:key issuer');
  const header = { alg: 'ES256', kid: issuer.id, typ: 'JWT' };
  return jws(header, claims(badge(issuer.controller)), issuer.privateJwk);
}

export async function ecdsaCases(add, web) {
  await embedded(add, web);
  await jwts(add, web);
}
