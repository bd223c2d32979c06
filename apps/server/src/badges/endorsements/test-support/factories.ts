import type { Endorsement, EndorsementTarget, EndorseBody } from '@territoires/contracts';
import type { Actor } from '../../../auth/actor.js';
import type { Services } from '../../../services.js';
import { TEST_PUBLIC_URL } from '../../../test-support/app.js';
import { endorseByInvitation } from '../endorse.js';
import { createInvitation } from '../invitations.js';

/** What a company contact types, with overrides. */
export const endorseBody = (overrides: Partial<EndorseBody> = {}): EndorseBody => ({
  name: 'Karim Haddad',
  organisation: 'Garage Martin',
  role: 'Chef d’atelier',
  url: 'https://garage-martin.example',
  comment: 'Ponctuel et soigneux pendant toute la semaine d’immersion.',
  ...overrides,
});

/** An invitation link made by staff through the real service: its token (after the #). */
export async function invitationToken(
  services: Services,
  actor: Actor,
  target: EndorsementTarget,
): Promise<string> {
  const { url } = await createInvitation(services, TEST_PUBLIC_URL, actor, target);
  return url.split('#')[1] ?? '';
}

/** An endorsement given through an invitation (pending when it is of an award). */
export async function endorsed(
  services: Services,
  actor: Actor,
  target: EndorsementTarget,
  body: Partial<EndorseBody> = {},
): Promise<Endorsement> {
  const token = await invitationToken(services, actor, target);
  return endorseByInvitation(services, TEST_PUBLIC_URL, token, endorseBody(body));
}
