import { lazySection, type WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { transfersStaffRoutes } from './routes.js';

const sections = () => import('./sections.js');

export const transfersDomain: WebDomain = {
  name: 'transfers',
  messages: { fr, en },
  staffRoutes: transfersStaffRoutes,
  staffNav: [{ to: '/transferts', label: 'nav.transfers', capability: 'handleTransfers' }],
  participantSections: [
    {
      // Whoever sees the file sees its transfers; proposing is the following organisation's
      // coordinateur's (the server's `canPropose`).
      id: 'transfert',
      label: 'participant.transfer',
      order: 120,
      shown: (p) => p.can.seeNotes,
      Component: lazySection(sections, (m) => m.TransferTab),
    },
  ],
};
