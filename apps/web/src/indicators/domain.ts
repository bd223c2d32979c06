import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { indicatorsStaffRoutes } from './routes.js';

export const indicatorsDomain: WebDomain = {
  name: 'indicators',
  messages: { fr, en },
  staffRoutes: indicatorsStaffRoutes,
  staffNav: [{ to: '/indicateurs', label: 'nav.indicators', capability: 'readIndicators' }],
};
