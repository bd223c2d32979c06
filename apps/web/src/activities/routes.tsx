import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

// Every page of the domain loads on demand: the participant list stays the first, light screen.
/** Staff screens of this domain, inside the staff layout (each element wrapped in RequireAuth). */
export const activitiesStaffRoutes: RouteObject[] = [
  {
    path: '/activites',
    lazy: staffPage(async () => {
      const { CataloguePage } = await import('./CataloguePage.js');
      return <CataloguePage />;
    }),
  },
  {
    path: '/activites/nouvelle',
    lazy: staffPage(async () => {
      const { CreateActivityPage } = await import('./ActivityFormPage.js');
      return <CreateActivityPage />;
    }),
  },
  {
    path: '/activites/:id',
    lazy: staffPage(async () => {
      const { ActivityPage } = await import('./ActivityPage.js');
      return <ActivityPage />;
    }),
  },
  {
    path: '/activites/:id/modifier',
    lazy: staffPage(async () => {
      const { EditActivityPage } = await import('./ActivityFormPage.js');
      return <EditActivityPage />;
    }),
  },
  {
    path: '/activites/:id/serie',
    lazy: staffPage(async () => {
      const { SeriesFormPage } = await import('./SeriesFormPage.js');
      return <SeriesFormPage />;
    }),
  },
  {
    path: '/activites/:id/seance',
    lazy: staffPage(async () => {
      const { SessionFormPage } = await import('./SessionFormPage.js');
      return <SessionFormPage />;
    }),
  },
];
