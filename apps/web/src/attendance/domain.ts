import { lazySection, type WebDomain } from '../layout/domain.js';
import { AgendaIcon } from '../me/icons.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { attendanceParticipantRoutes, attendanceStaffRoutes } from './routes.js';

const sections = () => import('./sections.js');

export const attendanceDomain: WebDomain = {
  name: 'attendance',
  messages: { fr, en },
  staffRoutes: attendanceStaffRoutes,
  participantRoutes: attendanceParticipantRoutes,
  participantTiles: [
    {
      to: '/moi/agenda',
      label: 'me.home.agenda',
      hint: 'me.home.agendaHint',
      icon: AgendaIcon,
      order: 10,
    },
  ],
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
  staffNav: [
    { to: '/semaine', label: 'nav.week', roles: ['partner_staff', 'org_admin', 'coordination'] },
  ],
};
