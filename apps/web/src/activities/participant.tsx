import { ActivityIcon } from '../me/icons.js';
import type { RouteObject } from '../me/router.js';
import { participantPage, type ParticipantDomain } from '../me/space.js';
import en from './messages.en.json';
import fr from './messages.fr.json';

/** Participant-space screens of this domain, inside the participant layout under /moi. */
const routes: RouteObject[] = [
  {
    path: 'activites',
    lazy: participantPage(async () => {
      const { MyActivitiesPage } = await import('./MyActivitiesPage.js');
      return <MyActivitiesPage />;
    }),
  },
];

/** This domain in the participant space: trying an activity. */
export const activitiesParticipant: ParticipantDomain = {
  name: 'activities',
  messages: { fr, en },
  routes,
  tiles: [
    {
      to: '/moi/activites',
      label: 'me.home.activities',
      hint: 'me.home.activitiesHint',
      icon: ActivityIcon,
      order: 20,
    },
  ],
};
