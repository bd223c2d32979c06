import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { transfersStaffRoutes } from './routes.js';

export const transfersDomain: WebDomain = {
  name: 'transfers',
  messages: { fr, en },
  staffRoutes: transfersStaffRoutes,
  staffNav: [{ to: '/transferts', label: 'nav.transfers', roles: ['coordinator', 'coordination'] }],
};
