import type { RouteObject } from 'react-router';
import { participantPage, staffPage } from '../layout/domain.js';

// Loaded on demand: the scanner brings jsQR, which the rest of the app does not need.
const lazySessionPage = staffPage(async () => {
  const { SessionPage } = await import('./SessionPage.js');
  return <SessionPage />;
});
const lazyWeekPage = staffPage(async () => {
  const { WeekPage } = await import('./WeekPage.js');
  return <WeekPage />;
});
const lazyCardPrintPage = staffPage(async () => {
  const { CardPrintPage } = await import('./CardPrintPage.js');
  return <CardPrintPage />;
});
const lazyMyAgendaPage = participantPage(async () => {
  const { MyAgendaPage } = await import('./MyAgendaPage.js');
  return <MyAgendaPage />;
});
const lazyMySessionPage = participantPage(async () => {
  const { MySessionPage } = await import('./MySessionPage.js');
  return <MySessionPage />;
});

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
