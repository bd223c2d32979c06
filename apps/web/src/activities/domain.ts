import type { WebDomain } from '../layout/domain.js';
import { ActivityIcon } from '../me/icons.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { activitiesParticipantRoutes, activitiesStaffRoutes } from './routes.js';

export const activitiesDomain: WebDomain = {
  name: 'activities',
  messages: { fr, en },
  staffRoutes: activitiesStaffRoutes,
  participantRoutes: activitiesParticipantRoutes,
  participantTiles: [
    {
      to: '/moi/activites',
      label: 'me.home.activities',
      hint: 'me.home.activitiesHint',
      icon: ActivityIcon,
      order: 20,
    },
  ],
  staffNav: [{ to: '/activites', label: 'nav.activities' }],
};
