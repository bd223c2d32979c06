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
  const credential = await signCredential(
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
