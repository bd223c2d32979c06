import { lazySection, type WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';

const sections = () => import('./sections.js');

export const notesDomain: WebDomain = {
  name: 'notes',
  messages: { fr, en },
  participantSections: [
    {
      id: 'notes',
      label: 'participant.notes',
      order: 100,
      shown: (p) => p.can.seeNotes,
      Component: lazySection(sections, (m) => m.NotesTab),
    },
  ],
};
