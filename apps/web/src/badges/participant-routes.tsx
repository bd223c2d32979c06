import type { RouteObject } from '../me/router.js';
import { participantPage } from '../me/space.js';

/** Participant-space screens under /moi, loaded on demand. */
export const badgesParticipantRoutes: RouteObject[] = [
  {
    // What a claim code opens at a session: everyone present, with a participant account or not.
    path: 'recevoir',
    handle: { public: true },
    lazy: participantPage(async () => {
      const { ClaimPage } = await import('./ClaimPage.js');
      return <ClaimPage />;
    }),
  },
  {
    path: 'badges',
    lazy: participantPage(async () => {
      const { MyBadgesPage } = await import('./MyBadgesPage.js');
      return <MyBadgesPage />;
    }),
  },
  {
    path: 'badges/portfolio',
    lazy: participantPage(async () => {
      const { PortfolioPage } = await import('./PortfolioPage.js');
      return <PortfolioPage />;
    }),
  },
  {
    path: 'badges/:id',
    lazy: participantPage(async () => {
      const { MyBadgePage } = await import('./MyBadgePage.js');
      return <MyBadgePage />;
    }),
  },
];
