// OB 3.0 credentials with embedded proofs (eddsa-rdfc-2022, digitalbazaar), did:key and https issuers.
import { ed25519Key, multikeyMethod } from './keys.mjs';
import {
  digitalbazaarVerifies,
  signEd25519Signature2020,
  signEmbedded,
  signUnchecked,
  SIGNED_AT,
} from './sign.mjs';

export const VC2 = 'https://www.w3.org/ns/credentials/v2';
export const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const HTTPS_ISSUER = 'https://issuer.example/profile';
export const EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';

/** A realistic OpenBadgeCredential of `issuer`; `patch` changes or adds top-level properties. */
export function badge(issuer, patch = {}) {
  return {
    '@context': [VC2, OB3],
    id: 'urn:uuid:6f1c2b3a-0000-4000-8000-000000000001',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Centre social des Tilleuls' },
    validFrom: '2025-01-15T09:00:00Z',
    name: 'Cuisine partagée',
    credentialSubject: {
      id: 'did:example:learner-7',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://issuer.example/achievements/cooking',
        type: ['Achievement'],
        name: 'Cuisine partagée',
        description: 'A organisé un repas partagé pour le quartier.',
        criteria: { narrative: 'Organiser un repas pour au moins dix voisins.' },
      },
    },
    ...patch,
  };
}

const ok = { result: 'verified' };
const bad = (...failed) => ({ result: 'not_verified', failed });
const unknown = (...indeterminate) => ({ result: 'indeterminate', indeterminate });
/** The reason codes (of failed or indeterminate checks) the verdict must carry. */
const because = (expectation, ...codes) => ({ ...expectation, codes });

export async function keysOb3() {
  const a = await ed25519Key('issuer A (did:key)');
  const b = await ed25519Key('issuer B (did:key)');
  const endorser = await ed25519Key('endorser (did:key)');
  const h = await ed25519Key('issuer H key-1', HTTPS_ISSUER, 'key-1');
  const hOld = await ed25519Key('issuer H retired key', HTTPS_ISSUER, 'key-old');
  const hRevoked = await ed25519Key('issuer H revoked key', HTTPS_ISSUER, 'key-revoked');
  const hUnlisted = await ed25519Key('issuer H unlisted key', HTTPS_ISSUER, 'key-unlisted');
  return { a, b, endorser, h, hOld, hRevoked, hUnlisted };
}

/** The https issuer's Profile: key-1 and the retired key-old authorized, key-revoked listed as revoked. */
export function httpsProfile(keys) {
  return {
    '@context': [VC2, OB3, 'https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: HTTPS_ISSUER,
    type: ['Profile'],
    name: 'Centre social des Tilleuls',
    verificationMethod: [
      multikeyMethod(keys.h),
      multikeyMethod(keys.hOld),
      multikeyMethod(keys.hRevoked, { revoked: '2025-06-01T00:00:00Z' }),
    ],
    assertionMethod: [keys.h.id, keys.hOld.id],
  };
}

function tamper(signed, mutate) {
  const copy = structuredClone(signed);
  mutate(copy);
  return copy;
}

/** Cases signed by did:key issuers: checkable offline. */
export async function embeddedCases(keys, add) {
  const { a, b, endorser } = keys;
  const valid = await signEmbedded(badge(a.controller), a);
  if (!(await digitalbazaarVerifies(valid, multikeyMethod(a), SIGNED_AT)))
    throw new Error('the valid fixture does not verify with digitalbazaar');
  add('valid', valid, 'did:key issuer, eddsa-rdfc-2022', ok);
  const identifier = badge(a.controller, {
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          hashed: false,
          identityHash: 'camille@example.org',
          identityType: 'emailAddress',
        },
      ],
      achievement: badge('x').credentialSubject.achievement,
    },
  });
  add(
    'valid-subject-identifier',
    await signEmbedded(identifier, a),
    'subject named by identifier only',
    ok,
  );
  add(
    'tampered-name',
    tamper(valid, (c) => (c.name = 'Cuisine volée')),
    'name changed after signing',
    bad('proof'),
  );
  add(
    'tampered-subject-id',
    tamper(valid, (c) => (c.credentialSubject.id = 'did:example:thief')),
    'recipient changed after signing',
    bad('proof'),
  );
  add(
    'tampered-undefined-term',
    tamper(valid, (c) => (c.favouriteColour = 'blue')),
    'a property no context defines, added after signing (dropped by JSON-LD)',
    because(bad('proof'), 'ob.proof.jsonld_unsafe'),
  );
  add(
    'tampered-proof-created',
    tamper(valid, (c) => (c.proof[0].created = '2025-01-16T09:00:00Z')),
    'proof options changed',
    bad('proof'),
  );
  add(
    'wrong-key',
    await signEmbedded(badge(a.controller), b),
    "issuer A, signed by B's did:key",
    because(bad('proof'), 'ob.proof.not_by_issuer'),
  );
  const byB = await signEmbedded(badge(b.controller), b);
  add(
    'relabelled-issuer',
    tamper(byB, (c) => (c.issuer.id = a.controller)),
    'signed by B as B, issuer changed to A',
    bad('proof'),
  );
  add(
    'proof-created-in-future',
    await signEmbedded(badge(a.controller), a, { created: '2099-01-01T00:00:00Z' }),
    'proof created in 2099',
    because(bad('proof'), 'ob.proof.created_in_future'),
  );
  add(
    'proof-expired',
    await signEmbedded(badge(a.controller), a, { proof: { expires: '2020-01-01T00:00:00Z' } }),
    'proof expires (signed option) in 2020',
    because(bad('proof'), 'ob.proof.expired'),
  );
  add(
    'expired',
    await signEmbedded(
      badge(a.controller, {
        validFrom: '2019-01-01T00:00:00Z',
        validUntil: '2020-06-01T00:00:00Z',
      }),
      a,
      { created: '2019-01-01T00:00:00Z' },
    ),
    'validUntil in the past',
    because(bad('validUntil'), 'ob.dates.expired'),
  );
  add(
    'not-yet-valid',
    await signEmbedded(badge(a.controller, { validFrom: '2099-01-01T00:00:00Z' }), a),
    'validFrom in 2099',
    bad('validFrom'),
  );
  const anonymous = badge(a.controller);
  delete anonymous.credentialSubject.id;
  add(
    'subject-without-identifier',
    await signEmbedded(anonymous, a),
    'no subject id nor identifier',
    bad('subject'),
  );
  const byA = valid.proof[0];
  const secondByB = (await signEmbedded(badge(a.controller), b)).proof[0];
  add(
    'two-proofs-one-bad',
    { ...valid, proof: [byA, secondByB] },
    'a valid proof and one by B (a warning)',
    ok,
  );
  const badA = { ...byA, proofValue: secondByB.proofValue };
  add(
    'two-proofs-both-bad',
    { ...valid, proof: [badA, secondByB] },
    'no valid proof by the issuer',
    bad('proof'),
  );
  add(
    'proof-unsupported-type',
    { ...valid, proof: [{ ...byA, type: 'Ed25519Signature2018', cryptosuite: undefined }] },
    'a proof type the verifier does not know',
    bad('proof'),
  );
  const { proof: _none, ...unsigned } = valid;
  add('no-proof', unsigned, 'no proof at all', bad('proof'));
  add(
    'unknown-context',
    tamper(valid, (c) => c['@context'].push('https://evil.example/context.json')),
    'a context the verifier does not hold (never fetched)',
    bad('context'),
  );
  const inline = badge(a.controller, {
    '@context': [VC2, OB3, { localNote: 'https://issuer.example/vocab#localNote' }],
    localNote: 'Remis lors de la fête de quartier.',
  });
  add(
    'inline-context',
    await signEmbedded(inline, a),
    'an inline context defining one more term',
    ok,
  );
  add(
    'inline-context-redefines-name',
    tamper(valid, (c) => c['@context'].push({ name: 'https://evil.example/vocab#name' })),
    'an inline context redefining a protected term, added after signing',
    bad('proof'),
  );
  add(
    'terms-of-use-untyped',
    await signUnchecked(
      badge(a.controller, { termsOfUse: [{ id: 'https://issuer.example/terms' }] }),
      a,
    ),
    'termsOfUse without a type',
    bad('termsOfUse'),
  );
  const terms = {
    type: 'https://issuer.example/vocab#PrivacyPolicy',
    id: 'https://issuer.example/terms',
  };
  add(
    'terms-of-use-typed',
    await signUnchecked(badge(a.controller, { termsOfUse: [terms] }), a),
    'typed termsOfUse: reported as a warning, not enforced',
    ok,
  );
  add(
    'credential-schema-profile',
    await signEmbedded(
      badge(a.controller, {
        '@context': [VC2, OB3, EXTENSIONS],
        credentialSchema: [
          {
            id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_profile_schema.json',
            type: '1EdTechJsonSchemaValidator2019',
          },
        ],
      }),
      a,
    ),
    'credentialSchema names the published Profile schema, which a credential does not match',
    bad('schema'),
  );
  const v1 = {
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      OB3,
      'https://w3id.org/security/suites/ed25519-2020/v1',
    ],
    ...Object.fromEntries(
      Object.entries(badge(a.controller)).filter(([k]) => !['@context', 'validFrom'].includes(k)),
    ),
    issuanceDate: '2025-01-15T09:00:00Z',
  };
  add(
    'vc11-ed25519signature2020',
    await signEd25519Signature2020(v1, a),
    'VC 1.1, Ed25519Signature2020',
    ok,
  );
  await endorsementCases(keys, valid, add, { a, endorser, bad, ok });
}

async function endorsementCases(keys, valid, add, { a, endorser, bad, ok }) {
  const endorsementOf = (subjectId) => ({
    '@context': [VC2, OB3],
    id: 'urn:uuid:6f1c2b3a-0000-4000-8000-0000000000e1',
    type: ['VerifiableCredential', 'EndorsementCredential'],
    issuer: { id: endorser.controller, type: ['Profile'], name: 'Région' },
    validFrom: '2025-01-10T00:00:00Z',
    name: 'Structure reconnue',
    credentialSubject: {
      id: subjectId,
      type: ['EndorsementSubject'],
      endorsementComment: 'Sérieux.',
    },
  });
  const endorsement = await signEmbedded(endorsementOf(a.controller), endorser);
  add(
    'endorsement-valid',
    await signEmbedded(badge(a.controller, { endorsement: [endorsement] }), a),
    'an embedded endorsement of the issuer',
    ok,
  );
  add(
    'endorsement-tampered',
    await signEmbedded(badge(a.controller, { endorsement: [{ ...endorsement, name: 'Faux' }] }), a),
    'an embedded endorsement changed before the credential was signed',
    bad('endorsements'),
  );
  const elsewhere = await signEmbedded(
    endorsementOf('https://someone-else.example/profile'),
    endorser,
  );
  add(
    'endorsement-other-subject',
    await signEmbedded(badge(a.controller, { endorsement: [elsewhere] }), a),
    'a genuine endorsement of someone else, pasted in',
    because(bad('endorsements'), 'ob.endorsement.subject_mismatch'),
  );
  return valid;
}

/** Cases by the https issuer: indeterminate offline, decided with its Profile online. */
export async function httpsCases(keys, add) {
  const online = (result, ...failed) => ({ result, failed });
  const pending = because(unknown('proof'), 'ob.proof.key_unreachable');
  add(
    'https-valid',
    await signEmbedded(badge(HTTPS_ISSUER), keys.h),
    'https issuer, key in its Profile',
    pending,
    online('verified'),
  );
  add(
    'https-retired-key',
    await signEmbedded(badge(HTTPS_ISSUER), keys.hOld),
    'signed by a key since retired, still listed',
    pending,
    online('verified'),
  );
  add(
    'https-revoked-key',
    await signEmbedded(badge(HTTPS_ISSUER), keys.hRevoked, { created: '2025-01-15T09:00:00Z' }),
    'signed (before its revocation) by a key now revoked',
    pending,
    because(online('not_verified', 'proof'), 'ob.proof.key_revoked'),
  );
  add(
    'https-key-not-listed',
    await signEmbedded(badge(HTTPS_ISSUER), keys.hUnlisted),
    'a key under the issuer URL that its Profile does not list',
    pending,
    because(online('not_verified', 'proof'), 'ob.proof.key_not_found'),
  );
  const tampered = tamper(
    await signEmbedded(badge(HTTPS_ISSUER), keys.h),
    (c) => (c.name = 'Autre'),
  );
  add(
    'https-tampered',
    tampered,
    'https issuer, name changed',
    pending,
    online('not_verified', 'proof'),
  );
}

export { ok, bad, unknown, because };
