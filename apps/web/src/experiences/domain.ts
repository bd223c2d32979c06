import { lazySection, type WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { experiencesParticipant } from './participant.js';

const sections = () => import('./sections.js');

export const experiencesDomain: WebDomain = {
  name: 'experiences',
  messages: { fr, en },
  participantRoutes: experiencesParticipant.routes,
  participantTiles: experiencesParticipant.tiles,
  participantSections: [
    {
      id: 'experiences',
      label: 'participant.experiences',
      order: 70,
      // The person's own words and photos: the follow-up team and coordination only.
      shown: (p) => p.can.seeSensitive,
      Component: lazySection(sections, (m) => m.ExperiencesSection),
    },
  ],
};
