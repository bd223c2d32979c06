import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

/** Staff screens of this domain, loaded on demand. */
export const badgesStaffRoutes: RouteObject[] = [
  {
    path: '/participants/:id/badges',
    lazy: staffPage(async () => {
      const { BadgesPage } = await import('./BadgesPage.js');
      return <BadgesPage />;
    }),
  },
];
