import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { endorsementsParticipant } from './participant.js';

export const endorsementsDomain: WebDomain = {
  name: 'endorsements',
  messages: { fr, en },
  participantRoutes: endorsementsParticipant.routes,
};
