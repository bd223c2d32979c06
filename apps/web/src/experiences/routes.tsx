import type { RouteObject } from '../me/router.js';
import { participantPage } from '../me/space.js';

/**
 * Participant-space screens under /moi, loaded on demand. The participant session (and its guard)
 * is the participant layout's business.
 */
export const experiencesParticipantRoutes: RouteObject[] = [
  {
    path: 'experiences',
    lazy: participantPage(async () => {
      const { MyExperiencesPage } = await import('./MyExperiencesPage.js');
      return <MyExperiencesPage />;
    }),
  },
  {
    path: 'experiences/nouvelle',
    lazy: participantPage(async () => {
      const { MyNewExperiencePage } = await import('./MyNewExperiencePage.js');
      return <MyNewExperiencePage />;
    }),
  },
  {
    path: 'reflexions',
    lazy: participantPage(async () => {
      const { MyReflectionsPage } = await import('./MyReflectionsPage.js');
      return <MyReflectionsPage />;
    }),
  },
  {
    path: 'reflexions/nouveau',
    lazy: participantPage(async () => {
      const { MyNewReflectionPage } = await import('./MyNewReflectionPage.js');
      return <MyNewReflectionPage />;
    }),
  },
  {
    path: 'reflexions/:id',
    lazy: participantPage(async () => {
      const { MyReflectionPage } = await import('./MyReflectionPage.js');
      return <MyReflectionPage />;
    }),
  },
];
