import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { attendanceParticipantRoutes, attendanceStaffRoutes } from './routes.js';

export const attendanceDomain: WebDomain = {
  name: 'attendance',
  messages: { fr, en },
  staffRoutes: attendanceStaffRoutes,
  participantRoutes: attendanceParticipantRoutes,
  // Partner staff take attendance from their week; coordination may look at every organisation's.
  staffNav: [
    { to: '/semaine', label: 'nav.week', roles: ['partner_staff', 'org_admin', 'coordination'] },
  ],
};
