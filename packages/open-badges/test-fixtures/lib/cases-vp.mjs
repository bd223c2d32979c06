// Verifiable presentations signed by their holder (@digitalbazaar/vc signPresentation, eddsa or ecdsa) with a
// challenge and a domain; each case says the --challenge / --domain the verifier passes.
import { didKeyJwt } from './cases-ecdsa.mjs';
import { badge, bad, because, ok, VC2 } from './cases-ob3.mjs';
import { ed25519Key, p256Multikey } from './keys.mjs';
import { signEmbedded, signHolder } from './sign.mjs';

const CHALLENGE = 'c-4f1d2e9a';
const DOMAIN = 'https://verifier.example';
const asked = ['--challenge', CHALLENGE, '--domain', DOMAIN];

function presentation(holder, credentials) {
  return {
    '@context': [VC2],
    id: 'urn:uuid:5e1b0c2d-0000-4000-8000-0000000000f1',
    type: ['VerifiablePresentation'],
    holder,
    verifiableCredential: credentials,
  };
}

export async function vpCases(keys, add, clrValid) {
  const holder = await ed25519Key('holder (did:key)');
  const mine = badge(keys.a.controller);
  mine.credentialSubject.id = holder.controller;
  const credential = await signEmbedded(mine, keys.a);
  const vp = await signHolder(presentation(holder.controller, [credential]), holder, {
    challenge: CHALLENGE,
    domain: DOMAIN,
  });
  add('vp-valid', vp, 'holder did:key, challenge and domain as asked', ok, ok, 'json', asked);
  add('vp-not-asked', vp, 'no challenge asked: verified, with a warning', ok, ok, 'json', []);
  const wrong = (flag, value) => asked.map((v, i) => (asked[i - 1] === flag ? value : v));
  const challengeBad = because(bad('challenge'), 'ob.presentation.challenge_mismatch');
  add(
    'vp-wrong-challenge',
    vp,
    'another challenge asked',
    challengeBad,
    challengeBad,
    'json',
    wrong('--challenge', 'c-other'),
  );
  const domainBad = because(bad('domain'), 'ob.presentation.domain_mismatch');
  add(
    'vp-wrong-domain',
    vp,
    'another domain asked',
    domainBad,
    domainBad,
    'json',
    wrong('--domain', 'https://evil.example'),
  );
  const bare = await signHolder(presentation(holder.controller, [credential]), holder, {});
  const missing = because(bad('challenge', 'domain'), 'ob.presentation.challenge_missing');
  add(
    'vp-missing-challenge',
    bare,
    'a proof without challenge nor domain, both asked',
    missing,
    missing,
    'json',
    asked,
  );
  add(
    'vp-tampered',
    { ...vp, id: 'urn:uuid:5e1b0c2d-0000-4000-8000-0000000000f2' },
    'presentation changed after signing',
    bad('proof'),
    bad('proof'),
    'json',
    asked,
  );
  const other = await ed25519Key('another holder (did:key)');
  const wrongHolder = await signHolder(presentation(holder.controller, [credential]), other, {
    challenge: CHALLENGE,
    domain: DOMAIN,
  });
  const notHolder = because(bad('proof'), 'ob.presentation.holder_mismatch');
  add(
    'vp-signed-by-other',
    wrongHolder,
    "holder is one did:key, signed by another's key",
    notHolder,
    notHolder,
    'json',
    asked,
  );
  const changed = { ...credential, name: 'Cuisine volée' };
  const aroundBad = await signHolder(presentation(holder.controller, [changed]), holder, {
    challenge: CHALLENGE,
    domain: DOMAIN,
  });
  const heldBad = because(bad('credentials'), 'ob.credentials.invalid');
  add(
    'vp-holds-tampered-credential',
    aroundBad,
    'a valid holder proof around a changed credential',
    heldBad,
    heldBad,
    'json',
    asked,
  );
  const ecdsaHolder = await p256Multikey('holder P-256 (did:key)');
  const ecdsaVp = await signHolder(
    presentation(ecdsaHolder.controller, [credential]),
    ecdsaHolder,
    { challenge: CHALLENGE, domain: DOMAIN, ecdsa: true },
  );
  add('vp-ecdsa-holder', ecdsaVp, 'holder P-256 did:key, ecdsa-rdfc-2019', ok, ok, 'json', asked);
  const withClr = await signHolder(presentation(holder.controller, [clrValid]), holder, {
    challenge: CHALLENGE,
    domain: DOMAIN,
  });
  add('vp-holds-clr', withClr, 'a presentation holding a CLR 2.0', ok, ok, 'json', asked);
  const enveloped = {
    '@context': VC2,
    id: `data:application/vc+jwt,${await didKeyJwt()}`,
    type: 'EnvelopedVerifiableCredential',
  };
  const withJwt = await signHolder(
    presentation(holder.controller, [credential, enveloped]),
    holder,
    {
      challenge: CHALLENGE,
      domain: DOMAIN,
    },
  );
  add(
    'vp-holds-enveloped-jwt',
    withJwt,
    'a presentation holding an embedded credential and an EnvelopedVerifiableCredential (VC-JWT)',
    ok,
    ok,
    'json',
    asked,
  );
}
