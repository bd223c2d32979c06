import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';

/** Staff screens of this domain, inside the staff layout (each element wrapped in RequireAuth). */
export const experiencesStaffRoutes: RouteObject[] = [];

const page = (load: () => Promise<ReactNode>) => async () => ({ element: await load() });

/**
 * Participant-space screens under /moi, loaded on demand. The participant session (and its guard)
 * is the participant layout's business.
 */
export const experiencesParticipantRoutes: RouteObject[] = [
  {
    path: 'experiences',
    lazy: page(async () => {
      const { MyExperiencesPage } = await import('./MyExperiencesPage.js');
      return <MyExperiencesPage />;
    }),
  },
  {
    path: 'experiences/nouvelle',
    lazy: page(async () => {
      const { MyNewExperiencePage } = await import('./MyNewExperiencePage.js');
      return <MyNewExperiencePage />;
    }),
  },
  {
    path: 'reflexions',
    lazy: page(async () => {
      const { MyReflectionsPage } = await import('./MyReflectionsPage.js');
      return <MyReflectionsPage />;
    }),
  },
  {
    path: 'reflexions/:id',
    lazy: page(async () => {
      const { MyReflectionPage } = await import('./MyReflectionPage.js');
      return <MyReflectionPage />;
    }),
  },
];
