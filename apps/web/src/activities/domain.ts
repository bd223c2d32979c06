import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { activitiesParticipant } from './participant.js';
import { activitiesStaffRoutes } from './routes.js';

export const activitiesDomain: WebDomain = {
  name: 'activities',
  messages: { fr, en },
  staffRoutes: activitiesStaffRoutes,
  participantRoutes: activitiesParticipant.routes,
  participantTiles: activitiesParticipant.tiles,
  staffNav: [{ to: '/activites', label: 'nav.activities' }],
};
