import { lazySection, type WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';

const sections = () => import('./sections.js');

export const pathwayDomain: WebDomain = {
  name: 'pathway',
  messages: { fr, en },
  participantSections: [
    {
      id: 'parcours',
      label: 'participant.pathway',
      order: 10,
      shown: () => true,
      Component: lazySection(sections, (m) => m.PathwaySection),
    },
    {
      id: 'chronologie',
      label: 'participant.timeline',
      order: 20,
      shown: () => true,
      Component: lazySection(sections, (m) => m.TimelineTab),
    },
    {
      id: 'contrat',
      label: 'participant.contract',
      order: 40,
      shown: (p) => p.contracts !== undefined,
      Component: lazySection(sections, (m) => m.ContractSection),
    },
    {
      id: 'sortie',
      label: 'participant.exit',
      order: 50,
      shown: (p) => p.exits !== undefined,
      Component: lazySection(sections, (m) => m.ExitSection),
    },
  ],
};
