import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';
import { RequireCapability } from '../layout/RequireCapability.js';

/** Staff screens of this domain, loaded on demand: coordination's surveys page. */
export const surveysStaffRoutes: RouteObject[] = [
  {
    path: '/questionnaires',
    lazy: staffPage(async () => {
      const { SurveysAdminPage } = await import('./SurveysAdminPage.js');
      return (
        <RequireCapability capability="overseeProgramme">
          <SurveysAdminPage />
        </RequireCapability>
      );
    }),
  },
];
