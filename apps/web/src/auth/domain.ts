import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { authStaffRoutes } from './routes.js';

export const authDomain: WebDomain = {
  name: 'auth',
  messages: { fr, en },
  staffRoutes: authStaffRoutes,
};
