import { lazySection, type WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { meParticipant } from './participant.js';

const sections = () => import('./sections.js');

export const meDomain: WebDomain = {
  name: 'me',
  messages: { fr, en },
  participantRoutes: meParticipant.routes,
  participantSections: [
    {
      id: 'espace',
      label: 'participant.space',
      order: 110,
      // Like the server: only those who see the whole file hand out a way into the space.
      shown: (p) => p.can.seeSensitive,
      Component: lazySection(sections, (m) => m.ParticipantSpaceSection),
    },
  ],
};
