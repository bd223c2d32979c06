import type { RouteObject } from '../me/router.js';
import { participantPage } from '../me/space.js';

/** Participant-space screens under /moi, loaded on demand. */
export const endorsementsParticipantRoutes: RouteObject[] = [
  {
    // What an invitation link opens: a company contact, an organisation, a person, without an account.
    path: 'recommander',
    handle: { public: true },
    lazy: participantPage(async () => {
      const { EndorsePage } = await import('./EndorsePage.js');
      return <EndorsePage />;
    }),
  },
  {
    path: 'badges/:id/recommandations',
    lazy: participantPage(async () => {
      const { MyEndorsementsPage } = await import('./MyEndorsementsPage.js');
      return <MyEndorsementsPage />;
    }),
  },
];
