import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '../auth/LoginPage.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { CreateParticipantPage } from '../participants/CreateParticipantPage.js';
import { ParticipantListPage } from '../participants/ParticipantListPage.js';
import { activitiesParticipantRoutes, activitiesStaffRoutes } from '../activities/routes.js';
import { attendanceParticipantRoutes, attendanceStaffRoutes } from '../attendance/routes.js';
import { experiencesParticipantRoutes, experiencesStaffRoutes } from '../experiences/routes.js';
import { ParticipantLayout } from '../me/ParticipantLayout.js';
import { meRoutes } from '../me/routes.js';
import { AppLayout } from './AppLayout.js';
import { NotFound } from './NotFound.js';

const guarded = (element: ReactNode) => <RequireAuth>{element}</RequireAuth>;

// The participant file (tabs, forms) and alerts load on demand: a phone on a weak network gets the
// login and the list first.
const lazyParticipantPage = async () => {
  const { ParticipantPage } = await import('../participants/ParticipantPage.js');
  return { element: guarded(<ParticipantPage />) };
};
const lazyAlertsPage = async () => {
  const { AlertsPage } = await import('../alerts/AlertsPage.js');
  return { element: guarded(<AlertsPage />) };
};

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/connexion', element: <LoginPage /> },
      { index: true, element: <Navigate to="/participants" replace /> },
      { path: '/participants', element: guarded(<ParticipantListPage />) },
      { path: '/participants/nouveau', element: guarded(<CreateParticipantPage />) },
      { path: '/participants/:id', lazy: lazyParticipantPage },
      { path: '/alertes', lazy: lazyAlertsPage },
      ...activitiesStaffRoutes,
      ...attendanceStaffRoutes,
      ...experiencesStaffRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
  {
    path: '/moi',
    element: <ParticipantLayout />,
    children: [
      ...meRoutes,
      ...activitiesParticipantRoutes,
      ...attendanceParticipantRoutes,
      ...experiencesParticipantRoutes,
    ],
  },
];
