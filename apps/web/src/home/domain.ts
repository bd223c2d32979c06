import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { homeStaffRoutes } from './routes.js';

export const homeDomain: WebDomain = {
  name: 'home',
  messages: { fr, en },
  staffRoutes: homeStaffRoutes,
  staffNav: [{ to: '/programme', label: 'nav.programme', capability: 'overseeProgramme' }],
};
