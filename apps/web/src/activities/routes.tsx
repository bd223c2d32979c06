import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth.js';

const guarded = (element: ReactNode) => <RequireAuth>{element}</RequireAuth>;

// Every page of the domain loads on demand: the participant list stays the first, light screen.
const lazy =
  (load: () => Promise<ReactNode>, guard = true) =>
  async () => {
    const element = await load();
    return { element: guard ? guarded(element) : element };
  };

/** Staff screens of this domain, inside the staff layout (each element wrapped in RequireAuth). */
export const activitiesStaffRoutes: RouteObject[] = [
  {
    path: '/activites',
    lazy: lazy(async () => {
      const { CataloguePage } = await import('./CataloguePage.js');
      return <CataloguePage />;
    }),
  },
  {
    path: '/activites/nouvelle',
    lazy: lazy(async () => {
      const { CreateActivityPage } = await import('./ActivityFormPage.js');
      return <CreateActivityPage />;
    }),
  },
  {
    path: '/activites/:id',
    lazy: lazy(async () => {
      const { ActivityPage } = await import('./ActivityPage.js');
      return <ActivityPage />;
    }),
  },
  {
    path: '/activites/:id/modifier',
    lazy: lazy(async () => {
      const { EditActivityPage } = await import('./ActivityFormPage.js');
      return <EditActivityPage />;
    }),
  },
  {
    path: '/activites/:id/serie',
    lazy: lazy(async () => {
      const { SeriesFormPage } = await import('./SeriesFormPage.js');
      return <SeriesFormPage />;
    }),
  },
  {
    path: '/activites/:id/seance',
    lazy: lazy(async () => {
      const { SessionFormPage } = await import('./SessionFormPage.js');
      return <SessionFormPage />;
    }),
  },
];

/** Participant-space screens of this domain, inside the participant layout under /moi. */
export const activitiesParticipantRoutes: RouteObject[] = [
  {
    path: 'activites',
    lazy: lazy(async () => {
      const { MyActivitiesPage } = await import('./MyActivitiesPage.js');
      return <MyActivitiesPage />;
    }, false),
  },
];
