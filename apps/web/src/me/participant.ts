import en from './messages.en.json';
import fr from './messages.fr.json';
import { meRoutes } from './routes.js';
import type { ParticipantDomain } from './space.js';

/** The space's own frame in the participant list: sign-in, home and sign-out; no tile. */
export const meParticipant: ParticipantDomain = {
  name: 'me',
  messages: { fr, en },
  routes: meRoutes,
};
