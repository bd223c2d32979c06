import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { experiencesParticipantRoutes } from './routes.js';

export const experiencesDomain: WebDomain = {
  name: 'experiences',
  messages: { fr, en },
  participantRoutes: experiencesParticipantRoutes,
};
