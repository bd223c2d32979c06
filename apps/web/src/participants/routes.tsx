import type { RouteObject } from 'react-router';
import { guarded, staffPage } from '../layout/domain.js';
import { RequireCapability } from '../layout/RequireCapability.js';
import { CreateParticipantPage } from './CreateParticipantPage.js';
import { ParticipantListPage } from './ParticipantListPage.js';

/** Staff screens of this domain, inside the staff layout (each element wrapped in RequireAuth). */
export const participantsStaffRoutes: RouteObject[] = [
  { path: '/participants', element: guarded(<ParticipantListPage />) },
  {
    path: '/participants/nouveau',
    element: guarded(
      <RequireCapability capability="createParticipants">
        <CreateParticipantPage />
      </RequireCapability>,
    ),
  },
  // The participant file (tabs, forms) loads on demand: a phone on a weak network gets the login
  // and the list first.
  {
    path: '/participants/:id',
    lazy: staffPage(async () => {
      const { ParticipantPage } = await import('./ParticipantPage.js');
      return <ParticipantPage />;
    }),
  },
];
