// Open Badges 2.0 assertions: hosted JSON and signed JWS (RS256 with jose, keys from node:crypto).
import { generateKeyPairSync } from 'node:crypto';
import { jws } from './sign.mjs';

const BASE = 'https://ob2-issuer.example';
const OB2 = 'https://w3id.org/openbadges/v2';

function assertion(id, patch = {}) {
  return {
    '@context': OB2,
    type: 'Assertion',
    id,
    recipient: { type: 'email', hashed: false, identity: 'camille@example.org' },
    badge: `${BASE}/badges/cooking.json`,
    verification: { type: 'hosted' },
    issuedOn: '2025-01-15T09:00:00Z',
    ...patch,
  };
}

function publishIssuer(web, publicKeyPem) {
  web[`${BASE}/issuer.json`] = {
    json: {
      '@context': OB2,
      type: 'Issuer',
      id: `${BASE}/issuer.json`,
      name: 'Centre social des Tilleuls',
      url: BASE,
      publicKey: `${BASE}/key.json`,
      revocationList: `${BASE}/revocations.json`,
    },
  };
  web[`${BASE}/badges/cooking.json`] = {
    json: {
      '@context': OB2,
      type: 'BadgeClass',
      id: `${BASE}/badges/cooking.json`,
      name: 'Cuisine partagée',
      description: 'A organisé un repas partagé.',
      image: `${BASE}/badges/cooking.png`,
      criteria: { narrative: 'Organiser un repas pour dix voisins.' },
      issuer: `${BASE}/issuer.json`,
    },
  };
  web[`${BASE}/key.json`] = {
    json: {
      '@context': OB2,
      type: 'CryptographicKey',
      id: `${BASE}/key.json`,
      owner: `${BASE}/issuer.json`,
      publicKeyPem,
    },
  };
  web[`${BASE}/revocations.json`] = {
    json: {
      '@context': OB2,
      id: `${BASE}/revocations.json`,
      type: 'RevocationList',
      revokedAssertions: [`${BASE}/assertions/listed.json`],
    },
  };
}

const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (publicKey) => publicKey.export({ type: 'spki', format: 'pem' });

export async function ob2Cases(add, web) {
  const issuerKey = rsa();
  const forgerKey = rsa();
  publishIssuer(web, pem(issuerKey.publicKey));
  const pending = (...ids) => ({ result: 'indeterminate', indeterminate: ids });
  const online = (result, ...failed) => ({ result, failed });
  const hosted = assertion(`${BASE}/assertions/1.json`);
  web[hosted.id] = { json: hosted };
  add('ob2-hosted-valid', hosted, 'hosted assertion', pending('hosted_match'), online('verified'));
  add(
    'ob2-hosted-local-copy-differs',
    { ...hosted, recipient: { ...hosted.recipient, identity: 'thief@example.org' } },
    'a local copy that differs from the hosted one (warning; the hosted copy is verified)',
    pending('hosted_match'),
    online('verified'),
  );
  const gone = assertion(`${BASE}/assertions/gone.json`);
  web[gone.id] = { status: 410 };
  add('ob2-hosted-gone', gone, 'the issuer answers 410 Gone: revoked', pending('hosted_match'), {
    ...online('not_verified', 'hosted_match'),
    codes: ['ob.ob2.revoked'],
  });
  const listed = assertion(`${BASE}/assertions/listed.json`);
  web[listed.id] = { json: listed };
  add(
    'ob2-hosted-on-revocation-list',
    listed,
    "on the issuer's revocation list",
    pending('hosted_match'),
    online('not_verified', 'revocation'),
  );
  const flagged = assertion(`${BASE}/assertions/flagged.json`, {
    revoked: true,
    revocationReason: 'erreur',
  });
  add(
    'ob2-revoked-flag',
    flagged,
    'revoked: true in the assertion itself',
    online('not_verified', 'revocation'),
    online('not_verified', 'revocation'),
  );
  const expired = assertion(`${BASE}/assertions/expired.json`, { expires: '2020-01-01T00:00:00Z' });
  add(
    'ob2-expired',
    expired,
    'expired in 2020',
    online('not_verified', 'expiry'),
    online('not_verified', 'expiry'),
  );
  const elsewhere = assertion('https://evil.example/assertions/1.json');
  web[elsewhere.id] = { json: elsewhere };
  add(
    'ob2-hosted-off-domain',
    elsewhere,
    "hosted outside the issuer's domain",
    pending('hosted_match'),
    online('not_verified', 'issuer_domain'),
  );
  await signedCases({ add, web, issuerKey, forgerKey, pending, online });
}

async function signedCases({ add, web, issuerKey, forgerKey, pending, online }) {
  const signed = assertion('urn:uuid:4b1a2c3d-0000-4000-8000-0000000000b2', {
    verification: { type: 'signed', creator: `${BASE}/key.json` },
  });
  const sign = (payload, key = issuerKey.privateKey) => jws({ alg: 'RS256' }, payload, key);
  add(
    'ob2-signed-valid',
    await sign(signed),
    'signed assertion, key listed by the issuer and owned by it',
    pending('signature'),
    online('verified'),
    'jws',
  );
  const token = await sign(signed);
  const [h, , s] = token.split('.');
  const altered = Buffer.from(
    JSON.stringify({ ...signed, issuedOn: '2024-01-01T00:00:00Z' }),
  ).toString('base64url');
  add(
    'ob2-signed-tampered',
    `${h}.${altered}.${s}`,
    'payload changed after signing',
    pending('signature'),
    online('not_verified', 'signature'),
    'jws',
  );
  const selfContained = {
    ...signed,
    badge: {
      ...web[`${BASE}/badges/cooking.json`].json,
      issuer: {
        ...web[`${BASE}/issuer.json`].json,
        publicKey: {
          id: `${BASE}/key.json`,
          owner: `${BASE}/issuer.json`,
          publicKeyPem: pem(forgerKey.publicKey),
        },
      },
    },
  };
  add(
    'ob2-signed-self-contained-forgery',
    await sign(selfContained, forgerKey.privateKey),
    "the forger's key embedded in an embedded issuer, under the real issuer's ids",
    pending('signature'),
    online('not_verified', 'signature'),
    'jws',
  );
  const forgedKeyUrl = 'https://evil.example/key.json';
  web[forgedKeyUrl] = {
    json: {
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'CryptographicKey',
      id: forgedKeyUrl,
      owner: `${BASE}/issuer.json`,
      publicKeyPem: pem(forgerKey.publicKey),
    },
  };
  add(
    'ob2-signed-key-not-listed',
    await sign(
      { ...signed, verification: { type: 'signed', creator: forgedKeyUrl } },
      forgerKey.privateKey,
    ),
    'a key that claims the issuer as owner, which the issuer Profile does not list',
    pending('signature'),
    { ...online('not_verified', 'key_owner'), codes: ['ob.ob2.key_owner_mismatch'] },
    'jws',
  );
}
