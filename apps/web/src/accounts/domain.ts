import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { accountsStaffRoutes } from './routes.js';

export const accountsDomain: WebDomain = {
  name: 'accounts',
  messages: { fr, en },
  staffRoutes: accountsStaffRoutes,
};
