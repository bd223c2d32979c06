import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

/** The coordinateurs' transfers desk, loaded on demand like the other staff screens. */
export const transfersStaffRoutes: RouteObject[] = [
  {
    path: '/transferts',
    lazy: staffPage(async () => {
      const { TransfersPage } = await import('./TransfersPage.js');
      return <TransfersPage />;
    }),
  },
];
