import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AlertsPage } from '../alerts/AlertsPage.js';
import { LoginPage } from '../auth/LoginPage.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { CreateParticipantPage } from '../participants/CreateParticipantPage.js';
import { ParticipantListPage } from '../participants/ParticipantListPage.js';
import { ParticipantPage } from '../participants/ParticipantPage.js';
import { AppLayout } from './AppLayout.js';
import { NotFound } from './NotFound.js';

const guarded = (element: ReactNode) => <RequireAuth>{element}</RequireAuth>;

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: '/connexion', element: <LoginPage /> },
      { index: true, element: <Navigate to="/participants" replace /> },
      { path: '/participants', element: guarded(<ParticipantListPage />) },
      { path: '/participants/nouveau', element: guarded(<CreateParticipantPage />) },
      { path: '/participants/:id', element: guarded(<ParticipantPage />) },
      { path: '/alertes', element: guarded(<AlertsPage />) },
      { path: '*', element: <NotFound /> },
    ],
  },
];
