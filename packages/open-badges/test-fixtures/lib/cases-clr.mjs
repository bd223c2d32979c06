// Comprehensive Learner Record 2.0: a ClrCredential (eddsa-rdfc-2022, @digitalbazaar/vc) holding OB 3.0
// credentials by their own issuers (eddsa and ecdsa), the achievements and an association between them.
import { badge, bad, because, ok, unknown, HTTPS_ISSUER, VC2, OB3 } from './cases-ob3.mjs';
import { p256Multikey } from './keys.mjs';
import { signEcdsa, signEmbedded } from './sign.mjs';

export const CLR2 = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

function achievement(slug, name) {
  return {
    id: `https://issuer.example/achievements/${slug}`,
    type: ['Achievement'],
    name,
    description: `${name}, au sein du parcours.`,
    criteria: { narrative: `Avoir validé : ${name}.` },
  };
}

export const ACHIEVEMENTS = {
  parcours: achievement('parcours', 'Parcours citoyen'),
  cuisine: achievement('cooking', 'Cuisine partagée'),
  jardin: achievement('garden', 'Jardin partagé'),
};

function held(issuer, id, which) {
  const credential = badge(issuer, { id });
  credential.credentialSubject.achievement = which;
  return credential;
}

/** A CLR by `issuer` holding `credentials`; `patch` changes its subject. */
export function clr(issuer, credentials, patch = {}) {
  return {
    '@context': [VC2, CLR2, OB3],
    id: 'urn:uuid:0c1a2b3c-0000-4000-8000-00000000c1a1',
    type: ['VerifiableCredential', 'ClrCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Centre social des Tilleuls' },
    validFrom: '2025-01-15T09:00:00Z',
    name: 'Relevé de parcours citoyen',
    credentialSubject: {
      id: 'did:example:learner-7',
      type: ['ClrSubject'],
      verifiableCredential: credentials,
      achievement: [ACHIEVEMENTS.parcours],
      association: [
        {
          type: 'Association',
          associationType: 'isChildOf',
          sourceId: ACHIEVEMENTS.cuisine.id,
          targetId: ACHIEVEMENTS.parcours.id,
        },
        {
          type: 'Association',
          associationType: 'isChildOf',
          sourceId: ACHIEVEMENTS.jardin.id,
          targetId: ACHIEVEMENTS.parcours.id,
        },
      ],
      ...patch,
    },
  };
}

/** The held credentials of the valid CLR: one by A (eddsa), one by a P-256 did:key (ecdsa). */
export async function heldCredentials(keys) {
  const p256 = await p256Multikey('clr held ecdsa issuer');
  const first = await signEmbedded(
    held(keys.a.controller, 'urn:uuid:0c1a2b3c-0000-4000-8000-0000000000c1', ACHIEVEMENTS.cuisine),
    keys.a,
  );
  const second = await signEcdsa(
    held(p256.controller, 'urn:uuid:0c1a2b3c-0000-4000-8000-0000000000c2', ACHIEVEMENTS.jardin),
    p256,
  );
  return [first, second];
}

export async function clrCases(keys, add) {
  const { a } = keys;
  const credentials = await heldCredentials(keys);
  const valid = await signEmbedded(clr(a.controller, credentials), a);
  add(
    'clr-valid',
    valid,
    'CLR 2.0 holding two credentials (eddsa, ecdsa) and two associations',
    ok,
  );
  const tamperedHeld = structuredClone(credentials);
  tamperedHeld[1].name = 'Jardin volé';
  add(
    'clr-tampered-held-resigned',
    await signEmbedded(clr(a.controller, tamperedHeld), a),
    'a held credential changed, the CLR signed again around it by its issuer',
    because(bad('credentials'), 'ob.credentials.invalid'),
  );
  add(
    'clr-tampered',
    { ...valid, name: 'Relevé retouché' },
    'the CLR changed after signing',
    bad('proof'),
  );
  const dangling = clr(a.controller, credentials, {
    association: [
      {
        type: 'Association',
        associationType: 'isChildOf',
        sourceId: 'https://issuer.example/achievements/unknown',
        targetId: ACHIEVEMENTS.parcours.id,
      },
    ],
  });
  add(
    'clr-association-unknown-achievement',
    await signEmbedded(dangling, a),
    'an association to an achievement the CLR does not hold',
    because(bad('associations'), 'ob.clr.association_invalid'),
  );
  const byHttps = await signEmbedded(
    held(HTTPS_ISSUER, 'urn:uuid:0c1a2b3c-0000-4000-8000-0000000000c3', ACHIEVEMENTS.jardin),
    keys.h,
  );
  add(
    'clr-held-https-issuer',
    await signEmbedded(clr(a.controller, [credentials[0], byHttps]), a),
    'a held credential by an https issuer: its key needs the network',
    unknown('credentials'),
    ok,
  );
  add(
    'clr-empty',
    await signEmbedded(clr(a.controller, []), a),
    'a CLR holding no credential',
    bad('subject'),
  );
  return valid;
}
