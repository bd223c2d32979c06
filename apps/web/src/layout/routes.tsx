import type { RouteObject } from 'react-router';
import { DOMAINS } from '../domains.js';
import { ParticipantLayout } from '../me/ParticipantLayout.js';
import { AppLayout } from './AppLayout.js';
import { guarded } from './domain.js';
import { StaffHome } from './nav.js';
import { NotFound } from './NotFound.js';

/** Two frames, the staff one and the participant space under /moi, each holding every domain's screens. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: guarded(<StaffHome />) },
      ...DOMAINS.flatMap((domain) => domain.staffRoutes ?? []),
      { path: '*', element: <NotFound /> },
    ],
  },
  {
    path: '/moi',
    element: <ParticipantLayout />,
    children: DOMAINS.flatMap((domain) => domain.participantRoutes ?? []),
  },
];
