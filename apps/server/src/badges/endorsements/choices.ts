import type { EndorsementChoices } from '@territoires/contracts';
import type { Actor } from '../../auth/actor.js';
import { consortiumBadges } from '../endorsable.js';
import { issuersOf } from '../issuers.js';
import { organisationsOfKind } from '../../organisations/index.js';
import type { Services } from '../../services.js';
import { mayEndorseAs } from './policy.js';

/**
 * What the viewer may endorse in the name of the members they speak for: every member's badges and
 * issuer identities (the server refuses a member's own). Nothing for whoever speaks for none.
 */
export async function endorsementChoices(
  services: Services,
  publicUrl: string,
  actor: Actor,
): Promise<EndorsementChoices> {
  const { db } = services.database;
  const members = await organisationsOfKind(db, 'consortium_member');
  const mine = members.filter((m) => mayEndorseAs(actor, { organisationId: m.id, kind: m.kind }));
  if (mine.length === 0) return { organisations: [], achievements: [], issuers: [] };
  const ids = members.map((m) => m.id);
  const [achievements, issuers] = await Promise.all([
    consortiumBadges(db, publicUrl, ids),
    issuersOf(db, publicUrl, ids),
  ]);
  return {
    organisations: mine.map((m) => ({ id: m.id, name: m.name })),
    achievements,
    issuers: [...issuers.values()].map((i) => ({ organisationId: i.organisationId, name: i.name })),
  };
}
