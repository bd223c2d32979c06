import type { RouteObject } from './router.js';
import { HomePage } from './HomePage.js';
import type { ParticipantRouteHandle } from './ParticipantLayout.js';
import { SignInPage } from './SignInPage.js';
import { SignOutPage } from './SignOutPage.js';

const publicRoute: ParticipantRouteHandle = { public: true };

/** The participant space's own screens (sign-in, home, sign-out), under /moi. */
export const meRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'connexion', element: <SignInPage />, handle: publicRoute },
  { path: 'deconnexion', element: <SignOutPage /> },
];
