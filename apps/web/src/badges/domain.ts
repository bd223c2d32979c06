import { lazySection, type WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { badgesParticipant } from './participant.js';
import { badgesStaffRoutes } from './routes.js';

const sections = () => import('./sections.js');

export const badgesDomain: WebDomain = {
  name: 'badges',
  messages: { fr, en },
  staffRoutes: badgesStaffRoutes,
  // The roles that speak for an organisation as an issuer (badges/policy.ts on the server).
  staffNav: [
    {
      to: '/badges',
      label: 'nav.badges',
      roles: ['coordination', 'org_admin', 'coordinator', 'referent'],
    },
  ],
  participantRoutes: badgesParticipant.routes,
  participantTiles: badgesParticipant.tiles,
  participantSections: [
    {
      // Whoever sees the file sees the person's badges (the server decides who may offer).
      id: 'badges',
      label: 'participant.badges',
      order: 80,
      shown: (p) => p.can.seeNotes,
      Component: lazySection(sections, (m) => m.AwardsTab),
    },
  ],
};
