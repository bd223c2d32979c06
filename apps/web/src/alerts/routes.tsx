import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

/** Staff screens of this domain, loaded on demand like the participant file. */
export const alertsStaffRoutes: RouteObject[] = [
  {
    path: '/alertes',
    lazy: staffPage(async () => {
      const { AlertsPage } = await import('./AlertsPage.js');
      return <AlertsPage />;
    }),
  },
];
