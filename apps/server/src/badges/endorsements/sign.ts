import type { Profile } from '@territoires/open-badges';
import { randomUUID } from 'node:crypto';
import { credentialTime } from '../credentials.js';
import type { Endorsable } from '../endorsable.js';
import { openBadges } from '../open-badges.js';
import type { Services } from '../../services.js';
import type { endorsers } from './tables.js';

type EndorserRow = typeof endorsers.$inferSelect;

/** An endorser's identifier: their hosted profile under PUBLIC_URL (`/endorsers/<id>/did.json`). */
export const endorserDid = (publicUrl: string, endorserId: string): string =>
  `did:web:${encodeURIComponent(new URL(publicUrl).host)}:endorsers:${endorserId}`;

export const endorserPage = (publicUrl: string, endorserId: string): string =>
  `${publicUrl}/endorsers/${endorserId}`;

/** "Cheffe d'atelier, Garage Martin": what the profile says of the person, when they said it. */
export const endorserDescription = (row: EndorserRow): string | undefined =>
  [row.role, row.organisation].filter(Boolean).join(', ') || undefined;

/** The endorser as an OB 3.0 Profile: the credential's issuer. */
export function endorserProfile(publicUrl: string, row: EndorserRow): Profile {
  const description = endorserDescription(row);
  return {
    id: endorserDid(publicUrl, row.id),
    type: ['Profile'],
    name: row.name,
    url: row.url ?? endorserPage(publicUrl, row.id),
    ...(description ? { description } : {}),
  };
}

/**
 * The OB 3.0 EndorsementCredential, signed by the endorser's own key (made on first use and kept,
 * sealed, with the issuers' keys): it names what it endorses exactly as the credentials do.
 */
export async function signEndorsement(
  services: Services,
  issuer: Profile,
  target: Endorsable,
  comment: string,
): Promise<Record<string, unknown>> {
  const { buildEndorsementCredential, issueCredential } = await openBadges();
  const unsigned = buildEndorsementCredential({
    id: `urn:uuid:${randomUUID()}`,
    issuer,
    validFrom: credentialTime(services.clock()),
    name: `Recommandation : ${target.name}`,
    subjectId: target.subjectId,
    endorsementComment: comment,
  });
  const key = await services.issuerKeys.signingKey(issuer.id);
  return issueCredential(unsigned, { key, clock: services.clock });
}
