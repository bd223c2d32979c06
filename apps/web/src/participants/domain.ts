import { lazySection, type WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { participantsStaffRoutes } from './routes.js';

const sections = () => import('./sections.js');

export const participantsDomain: WebDomain = {
  name: 'participants',
  messages: { fr, en },
  staffRoutes: participantsStaffRoutes,
  staffNav: [{ to: '/participants', label: 'nav.participants', capability: 'followParticipants' }],
  participantSections: [
    {
      id: 'equipe',
      label: 'participant.team',
      order: 30,
      shown: (p) => p.team !== undefined,
      Component: lazySection(sections, (m) => m.TeamSection),
    },
    {
      id: 'profil',
      label: 'participant.profile',
      order: 60,
      shown: (p) => p.profile !== undefined,
      Component: lazySection(sections, (m) => m.ProfileSection),
    },
  ],
};
