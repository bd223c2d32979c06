// VC-JWT cases (ES256 with jose). The keys live in https issuer Profiles: offline the signature cannot be checked
// (indeterminate) but header and claim mistakes are found without any key (not verified).
import { badge, bad, because, unknown, VC2, OB3 } from './cases-ob3.mjs';
import { p256Key } from './keys.mjs';
import { jws, unsignedJws, SIGNED_AT } from './sign.mjs';

const ISSUER = 'https://jwt-issuer.example/profile';
const OTHER = 'https://other-issuer.example/profile';
const seconds = (iso) => Math.floor(Date.parse(iso) / 1000);

function profile(id, keyId, publicJwk) {
  return {
    '@context': [VC2, OB3, 'https://www.w3.org/ns/did/v1', 'https://w3id.org/security/jws-2020/v1'],
    id,
    type: ['Profile'],
    name: id,
    verificationMethod: [
      { id: keyId, type: 'JsonWebKey', controller: id, publicKeyJwk: publicJwk },
    ],
    assertionMethod: [keyId],
  };
}

/** The credential as a VC 2.0 JWT payload with every claim OB 3.0 asks for. */
function claims(credential) {
  return {
    ...credential,
    iss: typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id,
    jti: credential.id,
    sub: credential.credentialSubject.id,
    nbf: seconds(credential.validFrom),
    ...(credential.validUntil ? { exp: seconds(credential.validUntil) } : {}),
    iat: seconds(SIGNED_AT),
  };
}

export async function jwtCases(add, web) {
  const key = p256Key('jwt issuer key-1');
  const other = p256Key('other issuer key-1');
  const kid = `${ISSUER}#key-1`;
  web[ISSUER] = { json: profile(ISSUER, kid, key.publicJwk) };
  web[OTHER] = { json: profile(OTHER, `${OTHER}#key-1`, other.publicJwk) };
  const header = { alg: 'ES256', kid, typ: 'JWT' };
  const credential = badge(ISSUER, { validUntil: '2099-01-01T00:00:00Z' });
  const payload = claims(credential);
  const sign = (p, h = header, k = key.privateJwk) => jws(h, p, k);
  const pending = unknown('proof');
  const online = (result, ...failed) => ({ result, failed });
  const claimsBad = bad('proof');
  add(
    'jwt-valid',
    await sign(payload),
    'ES256 VC-JWT, key in the issuer Profile',
    pending,
    online('verified'),
    'jwt',
  );
  add(
    'jwt-typ-vc+jwt',
    await sign(payload, { ...header, typ: 'vc+jwt' }),
    'typ vc+jwt',
    pending,
    online('verified'),
    'jwt',
  );
  const token = await sign(payload);
  const [h, , s] = token.split('.');
  const altered = Buffer.from(JSON.stringify({ ...payload, name: 'Autre' })).toString('base64url');
  add(
    'jwt-tampered-payload',
    `${h}.${altered}.${s}`,
    'payload changed after signing',
    pending,
    online('not_verified', 'proof'),
    'jwt',
  );
  add(
    'jwt-wrong-key',
    await sign(payload, header, other.privateJwk),
    "signed by another key, kid of the issuer's",
    pending,
    online('not_verified', 'proof'),
    'jwt',
  );
  add(
    'jwt-kid-of-other-issuer',
    await sign(payload, { ...header, kid: `${OTHER}#key-1` }, other.privateJwk),
    "signed with another issuer's key (its kid)",
    pending,
    online('not_verified', 'proof'),
    'jwt',
  );
  const { iss: _i, ...noIss } = payload;
  const { sub: _s, ...noSub } = payload;
  const { nbf: _n, ...noNbf } = payload;
  const { exp: _e, ...noExp } = payload;
  const { jti: _j, ...noJti } = payload;
  const mistakes = [
    ['jwt-iss-mismatch', { ...payload, iss: OTHER }, 'iss is not the issuer id'],
    ['jwt-iss-missing', noIss, 'no iss'],
    ['jwt-sub-mismatch', { ...payload, sub: 'did:example:thief' }, 'sub is not the subject id'],
    ['jwt-sub-missing', noSub, 'no sub though the subject has an id'],
    [
      'jwt-jti-mismatch',
      { ...payload, jti: 'urn:uuid:00000000-0000-4000-8000-000000000000' },
      'jti is not the credential id',
    ],
    ['jwt-jti-missing', noJti, 'no jti though the credential has an id'],
    ['jwt-nbf-mismatch', { ...payload, nbf: payload.nbf - 86400 }, 'nbf one day before validFrom'],
    ['jwt-nbf-missing', noNbf, 'no nbf'],
    ['jwt-exp-mismatch', { ...payload, exp: payload.exp + 86400 }, 'exp one day after validUntil'],
    ['jwt-exp-missing', noExp, 'no exp though the credential has validUntil'],
    [
      'jwt-vc-claim-differs',
      { ...payload, vc: badge(ISSUER, { name: 'Autre' }) },
      'a VC 2.0 payload with a vc claim saying something else',
    ],
    [
      'jwt-undefined-term',
      { ...payload, favouriteColour: 'blue' },
      'a term no context defines (JSON-LD safe mode)',
    ],
  ];
  for (const [name, p, description] of mistakes) {
    const why = because(
      claimsBad,
      name === 'jwt-undefined-term' ? 'ob.proof.jsonld_unsafe' : 'ob.proof.jwt_claims',
    );
    add(name, await sign(p), description, why, why, 'jwt');
  }
  const headers = [
    ['jwt-typ-wrong', { ...header, typ: 'JOSE' }, 'typ JOSE'],
    [
      'jwt-header-x5u',
      { ...header, x5u: 'https://evil.example/cert.pem' },
      'an unexpected JOSE header (x5u)',
    ],
    ['jwt-header-crit', { ...header, b64: true, crit: ['b64'] }, 'a critical header'],
    [
      'jwt-embedded-jwk-only',
      { alg: 'ES256', typ: 'JWT', jwk: other.publicJwk },
      'a key carried in its own header, no kid',
    ],
  ];
  for (const [name, h2, description] of headers) {
    const jwkOnly = name === 'jwt-embedded-jwk-only';
    const why = because(claimsBad, jwkOnly ? 'ob.proof.jwt_no_key' : 'ob.proof.jwt_header');
    add(
      name,
      await sign(payload, h2, jwkOnly ? other.privateJwk : key.privateJwk),
      description,
      why,
      why,
      'jwt',
    );
  }
  const wrongAlg = because(claimsBad, 'ob.proof.jwt_algorithm');
  add(
    'jwt-alg-none',
    unsignedJws({ alg: 'none', kid, typ: 'JWT' }, payload),
    'alg none',
    wrongAlg,
    wrongAlg,
    'jwt',
  );
  add(
    'jwt-alg-hs256',
    await jws({ alg: 'HS256', kid, typ: 'JWT' }, payload, new Uint8Array(32)),
    'alg HS256',
    wrongAlg,
    wrongAlg,
    'jwt',
  );
  const duplicated = JSON.stringify(payload).replace('{', '{"name":"Cuisine volée",');
  const twoKeys = because(bad('format'), 'ob.json_duplicate_key');
  add(
    'jwt-duplicate-keys',
    await sign(duplicated),
    'a payload with two "name" keys',
    twoKeys,
    twoKeys,
    'jwt',
  );
  const expired = claims(badge(ISSUER, { validUntil: '2020-06-01T00:00:00Z' }));
  add(
    'jwt-expired',
    await sign(expired),
    'validUntil and exp in 2020',
    bad('validUntil'),
    online('not_verified', 'validUntil'),
    'jwt',
  );
  const v1 = {
    '@context': ['https://www.w3.org/2018/credentials/v1', OB3],
    ...Object.fromEntries(
      Object.entries(credential).filter(
        ([k]) => !['@context', 'validFrom', 'validUntil'].includes(k),
      ),
    ),
    issuanceDate: credential.validFrom,
  };
  const v1Claims = {
    vc: v1,
    iss: ISSUER,
    jti: v1.id,
    sub: v1.credentialSubject.id,
    nbf: seconds(v1.issuanceDate),
  };
  add(
    'jwt-vc11-valid',
    await sign(v1Claims),
    'VC 1.1 JWT (vc claim)',
    pending,
    online('verified'),
    'jwt',
  );
}
