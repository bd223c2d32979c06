import type { IssuerKey } from '@territoires/open-badges';
import { createHash } from 'node:crypto';
import type { Services } from '../../services.js';
import type { AwardView } from '../repository.js';
import { signCredential, type Credential } from '../signing/sign.js';
import { acceptedEndorsements } from './repository.js';

/*
 * Accepted endorsements travel with the badge (issue 18): in the files the earner downloads and on the
 * share page, the credential carries them where OB 3.0 puts them (the award's own in `endorsement`,
 * the badge's in the achievement's, the issuer's in the issuer's), signed again by the issuer with its
 * current key: same id, same status entry, same everything else. Without any, the credential as stored.
 */

const withEndorsements = (holder: unknown, endorsements: Credential[]): unknown =>
  endorsements.length === 0
    ? holder
    : { ...(holder as Record<string, unknown>), endorsement: endorsements };

// Signing costs a JSON-LD canonicalization, milliseconds of the one JavaScript thread, and the share
// page shows an endorsed badge on every visit: the same document with the same endorsements, under
// the same key, is signed once per process (its proof keeps that first signing's date). A new
// endorsement, a withdrawn one or a new key (rotation, revocation) is another document to sign.
const SIGNED_SIZE = 1_000;
const signedOnce = new Map<string, Promise<Credential>>();

function signOnce(unsigned: Credential, key: IssuerKey, clock: () => Date): Promise<Credential> {
  const id = createHash('sha256')
    .update(JSON.stringify([key.id, unsigned]))
    .digest('base64url');
  const known = signedOnce.get(id);
  if (known) {
    signedOnce.delete(id);
    signedOnce.set(id, known);
    return known;
  }
  const signed = signCredential(unsigned, key, clock);
  signedOnce.set(id, signed);
  signed.catch(() => {
    if (signedOnce.get(id) === signed) signedOnce.delete(id);
  });
  if (signedOnce.size > SIGNED_SIZE) signedOnce.delete(signedOnce.keys().next().value ?? id);
  return signed;
}

export async function endorsedView(services: Services, view: AwardView): Promise<AwardView> {
  const stored = view.award.credential;
  if (!stored) return view;
  const accepted = await acceptedEndorsements(services.database.db, [
    { kind: 'award', id: view.award.id },
    { kind: 'achievement', id: view.achievement.id },
    { kind: 'issuer', id: view.issuer.organisationId },
  ]);
  if (accepted.length === 0) return view;
  const of = (kind: string) =>
    accepted.filter((a) => a.endorsement.targetKind === kind).map((a) => a.endorsement.credential);
  const { proof: _proof, ...unsigned } = stored;
  const subject = unsigned.credentialSubject as Record<string, unknown>;
  const credential = await signOnce(
    {
      ...(withEndorsements(unsigned, of('award')) as Credential),
      issuer: withEndorsements(unsigned.issuer, of('issuer')),
      credentialSubject: {
        ...subject,
        achievement: withEndorsements(subject.achievement, of('achievement')),
      },
    },
    await services.issuerKeys.signingKey(view.issuer.did),
    services.clock,
  );
  return { ...view, award: { ...view.award, credential } };
}
