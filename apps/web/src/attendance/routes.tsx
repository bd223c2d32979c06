import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

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

/** Staff screens of this domain, inside the staff layout (each element wrapped in RequireAuth). */
export const attendanceStaffRoutes: RouteObject[] = [
  { path: '/seances/:sessionId', lazy: lazySessionPage },
  { path: '/semaine', lazy: lazyWeekPage },
  { path: '/participants/:id/carte', lazy: lazyCardPrintPage },
];
