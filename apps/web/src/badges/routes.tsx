import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

/** Staff screens of this domain, loaded on demand. */
export const badgesStaffRoutes: RouteObject[] = [
  {
    path: '/badges',
    lazy: staffPage(async () => {
      const { AchievementsPage } = await import('./AchievementsPage.js');
      return <AchievementsPage />;
    }),
  },
  {
    path: '/badges/propositions',
    lazy: staffPage(async () => {
      const { ProposalsPage } = await import('./ProposalsPage.js');
      return <ProposalsPage />;
    }),
  },
  {
    path: '/seances/:sessionId/badge',
    lazy: staffPage(async () => {
      const { SessionClaimsPage } = await import('./SessionClaimsPage.js');
      return <SessionClaimsPage />;
    }),
  },
];
