import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

/** Staff screens of this domain, loaded on demand. */
export const accountsStaffRoutes: RouteObject[] = [
  {
    path: '/participants/:id/accounts',
    lazy: staffPage(async () => {
      const { AccountsPage } = await import('./AccountsPage.js');
      return <AccountsPage />;
    }),
  },
];
