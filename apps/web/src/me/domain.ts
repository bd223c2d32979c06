import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { meRoutes } from './routes.js';

export const meDomain: WebDomain = {
  name: 'me',
  messages: { fr, en },
  participantRoutes: meRoutes,
};
