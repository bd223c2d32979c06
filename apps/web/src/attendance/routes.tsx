import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth.js';

const guarded = (element: ReactNode) => <RequireAuth>{element}</RequireAuth>;

// Loaded on demand: the scanner brings jsQR, which the rest of the app does not need.
const lazySessionPage = async () => {
  const { SessionPage } = await import('./SessionPage.js');
  return { element: guarded(<SessionPage />) };
};
const lazyWeekPage = async () => {
  const { WeekPage } = await import('./WeekPage.js');
  return { element: guarded(<WeekPage />) };
};
const lazyCardPrintPage = async () => {
  const { CardPrintPage } = await import('./CardPrintPage.js');
  return { element: guarded(<CardPrintPage />) };
};
const lazyMyAgendaPage = async () => {
  const { MyAgendaPage } = await import('./MyAgendaPage.js');
  return { element: <MyAgendaPage /> };
};
const lazyMySessionPage = async () => {
  const { MySessionPage } = await import('./MySessionPage.js');
  return { element: <MySessionPage /> };
};

/** Staff screens of this domain, inside the staff layout (each element wrapped in RequireAuth). */
export const attendanceStaffRoutes: RouteObject[] = [
  { path: '/seances/:sessionId', lazy: lazySessionPage },
  { path: '/semaine', lazy: lazyWeekPage },
  { path: '/participants/:id/carte', lazy: lazyCardPrintPage },
];

/** Participant-space screens of this domain, inside the participant layout under /moi. */
export const attendanceParticipantRoutes: RouteObject[] = [
  { path: 'agenda', lazy: lazyMyAgendaPage },
  { path: 'seances/:sessionId', lazy: lazyMySessionPage },
];
