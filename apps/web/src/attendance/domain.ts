import { lazySection, type WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { attendanceParticipant } from './participant.js';
import { attendanceStaffRoutes } from './routes.js';

const sections = () => import('./sections.js');

export const attendanceDomain: WebDomain = {
  name: 'attendance',
  messages: { fr, en },
  staffRoutes: attendanceStaffRoutes,
  participantRoutes: attendanceParticipant.routes,
  participantTiles: attendanceParticipant.tiles,
  participantSections: [
    {
      id: 'agenda',
      label: 'participant.agenda',
      order: 80,
      shown: (p) => p.can.edit,
      Component: lazySection(sections, (m) => m.AgendaTab),
    },
    {
      id: 'carte',
      label: 'participant.card',
      order: 90,
      shown: (p) => p.can.edit,
      Component: lazySection(sections, (m) => m.CardTab),
    },
  ],
  // Partner staff take attendance from their week; coordination may look at every organisation's.
  staffNav: [{ to: '/semaine', label: 'nav.week', capability: 'readWeek' }],
};
