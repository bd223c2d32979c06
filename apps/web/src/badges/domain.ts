import { lazySection, type WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import awardingEn from './awarding.messages.en.json';
import awardingFr from './awarding.messages.fr.json';
import backpackEn from './backpack.messages.en.json';
import backpackFr from './backpack.messages.fr.json';
import { mergeTrees } from '../i18n/tree.js';
import { badgesParticipant } from './participant.js';
import { badgesStaffRoutes } from './routes.js';

const sections = () => import('./sections.js');

export const badgesDomain: WebDomain = {
  name: 'badges',
  messages: {
    fr: mergeTrees(fr, awardingFr, backpackFr),
    en: mergeTrees(en, awardingEn, backpackEn),
  },
  staffRoutes: badgesStaffRoutes,
  // Everyone reads their organisations' badges; the designer shows only to those the server lets
  // design (listIssuers).
  staffNav: [
    { to: '/badges', label: 'nav.badges' },
    { to: '/badges/propositions', label: 'nav.badgeProposals' },
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
