import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

/** Staff screens of this domain, loaded on demand. */
export const indicatorsStaffRoutes: RouteObject[] = [
  {
    path: '/participants/:id/indicators',
    lazy: staffPage(async () => {
      const { IndicatorsPage } = await import('./IndicatorsPage.js');
      return <IndicatorsPage />;
    }),
  },
];
