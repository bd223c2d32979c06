import type { Actor } from '../auth/actor.js';
import { endorseAsOrganisation, endorseByInvitation, invitationFor } from '../badges/index.js';
import type { Services } from '../services.js';
import type { SeededReference } from './reference.js';

/**
 * The demo's endorsements (issue 18): La Cravate Solidaire endorses E2C's "Ponctualité" in its own
 * name, and a garage where a participant did an immersion endorses their signed badge (waiting
 * for the participant's answer on their phone).
 */
export async function seedEndorsements(
  services: Services,
  publicUrl: string,
  reference: SeededReference,
  made: { achievementId: string; awardId: string | undefined },
): Promise<void> {
  const coordination: Actor = reference.actors.coordination;
  await endorseAsOrganisation(services, publicUrl, coordination, {
    target: { kind: 'achievement', id: made.achievementId },
    organisationId: reference.organisationIds.cravate,
    comment: 'Nous voyons chaque semaine ce que ce badge demande : être là, à l’heure, prêt.',
  });
  if (made.awardId === undefined) return;
  const { url } = await invitationFor(services, publicUrl, reference.actors.referent, {
    kind: 'award',
    id: made.awardId,
  });
  await endorseByInvitation(services, publicUrl, url.split('#')[1] ?? '', {
    name: 'Karim Haddad',
    organisation: 'Garage du Chemin Vert',
    role: 'Chef d’atelier',
    url: null,
    comment: 'Une semaine d’immersion sans un retard, et toujours volontaire.',
  });
}
