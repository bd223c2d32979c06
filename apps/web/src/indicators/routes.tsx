import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';
import { RequireCapability } from '../layout/RequireCapability.js';

/** The dashboard, loaded on demand: its charting library stays out of every other screen. */
export const indicatorsStaffRoutes: RouteObject[] = [
  {
    path: '/indicateurs',
    lazy: staffPage(async () => {
      const { IndicatorsPage } = await import('./IndicatorsPage.js');
      return (
        <RequireCapability capability="readIndicators">
          <IndicatorsPage />
        </RequireCapability>
      );
    }),
  },
];
