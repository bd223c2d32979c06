import type { RouteObject } from 'react-router';
import { guarded } from '../layout/domain.js';
import { OverviewPage } from './OverviewPage.js';
import { ProgrammePage } from './ProgrammePage.js';

/** The homes that are pages of their own (the others are a domain's screen: the week, the list). */
export const homeStaffRoutes: RouteObject[] = [
  { path: '/programme', element: guarded(<ProgrammePage />) },
  { path: '/accueil', element: guarded(<OverviewPage />) },
];
