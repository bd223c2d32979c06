import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { badgesStaffRoutes } from './routes.js';

export const badgesDomain: WebDomain = {
  name: 'badges',
  messages: { fr, en },
  staffRoutes: badgesStaffRoutes,
};
