// Signing with the independent tools only: @digitalbazaar/vc + data-integrity + eddsa-rdfc-2022-cryptosuite (and
// ed25519-signature-2020) for embedded proofs, jose for JWS, node:crypto for keys.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import * as vc from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import { CompactSign, importJWK } from 'jose';
import { documentLoader } from './loader.mjs';

export const SIGNED_AT = '2025-01-15T09:00:00Z';

/** An eddsa-rdfc-2022 Data Integrity proof by `pair`; `proof` adds signed proof options (e.g. `expires`). */
export async function signEmbedded(credential, pair, { created = SIGNED_AT, proof } = {}) {
  const suite = new DataIntegrityProof({
    signer: pair.signer(),
    date: created,
    cryptosuite: eddsaRdfc2022,
  });
  if (proof) suite.proof = proof;
  const signed = await vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader: documentLoader(),
  });
  return { ...signed, proof: [signed.proof].flat() };
}

/** Like signEmbedded, through jsonld-signatures directly: for documents @digitalbazaar/vc refuses to issue. */
export async function signUnchecked(document, pair, created = SIGNED_AT) {
  const suite = new DataIntegrityProof({
    signer: pair.signer(),
    date: created,
    cryptosuite: eddsaRdfc2022,
  });
  const signed = await jsigs.sign(structuredClone(document), {
    suite,
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader: documentLoader(),
  });
  return { ...signed, proof: [signed.proof].flat() };
}

/** A VC 1.1 credential with an Ed25519Signature2020 proof. */
export async function signEd25519Signature2020(credential, pair, created = SIGNED_AT) {
  const suite = new Ed25519Signature2020({ signer: pair.signer(), date: created });
  return vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader: documentLoader(),
  });
}

/** Verifies with digitalbazaar directly: the generator's own check that its valid fixtures are valid. */
export async function digitalbazaarVerifies(credential, method, now) {
  const loader = documentLoader({
    [method.id]: { '@context': 'https://w3id.org/security/multikey/v1', ...method },
  });
  const result = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    documentLoader: loader,
    controller: {
      '@context': 'https://www.w3.org/ns/did/v1',
      id: method.controller,
      assertionMethod: [method.id],
    },
    now: new Date(now),
  });
  return result.verified === true;
}

/** A compact JWS over `payload` (an object, or text signed byte for byte). */
export async function jws(header, payload, key) {
  const bytes = new TextEncoder().encode(
    typeof payload === 'string' ? payload : JSON.stringify(payload),
  );
  const signingKey =
    key instanceof Uint8Array || typeof key.type === 'string'
      ? key
      : await importJWK(key, header.alg);
  return new CompactSign(bytes).setProtectedHeader(header).sign(signingKey);
}

/** `alg: none`: no signature at all. */
export function unsignedJws(header, payload) {
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${b64(header)}.${b64(payload)}.`;
}

/** An ecdsa-rdfc-2019 Data Integrity proof by an @digitalbazaar/ecdsa-multikey pair (P-256 or P-384). */
export async function signEcdsa(credential, pair, { created = SIGNED_AT } = {}) {
  const suite = new DataIntegrityProof({
    signer: pair.signer(),
    date: created,
    cryptosuite: ecdsaRdfc2019,
  });
  const signed = await jsigs.sign(structuredClone(credential), {
    suite,
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader: documentLoader(),
  });
  return { ...signed, proof: [signed.proof].flat() };
}

/**
 * A presentation signed by the holder's key for `authentication` with @digitalbazaar/vc: with a challenge (and
 * domain), or, when `challenge` is undefined, through jsonld-signatures with no challenge at all.
 */
export async function signHolder(presentation, pair, { challenge, domain, ecdsa = false } = {}) {
  const suite = new DataIntegrityProof({
    signer: pair.signer(),
    date: SIGNED_AT,
    cryptosuite: ecdsa ? ecdsaRdfc2019 : eddsaRdfc2022,
  });
  const options = {
    presentation: structuredClone(presentation),
    suite,
    documentLoader: documentLoader(),
  };
  if (challenge !== undefined) return vc.signPresentation({ ...options, challenge, domain });
  return jsigs.sign(options.presentation, {
    suite,
    purpose: new jsigs.purposes.ControllerProofPurpose({ term: 'authentication' }),
    documentLoader: options.documentLoader,
  });
}
