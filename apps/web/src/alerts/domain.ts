import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { alertsStaffRoutes } from './routes.js';

export const alertsDomain: WebDomain = {
  name: 'alerts',
  messages: { fr, en },
  staffRoutes: alertsStaffRoutes,
  staffNav: [{ to: '/alertes', label: 'nav.alerts', capability: 'followParticipants' }],
};
