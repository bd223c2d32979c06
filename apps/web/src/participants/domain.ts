import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { participantsStaffRoutes } from './routes.js';

export const participantsDomain: WebDomain = {
  name: 'participants',
  messages: { fr, en },
  staffRoutes: participantsStaffRoutes,
  staffNav: [{ to: '/participants', label: 'nav.participants', capability: 'followParticipants' }],
};
