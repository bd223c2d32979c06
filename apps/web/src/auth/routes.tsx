import type { RouteObject } from 'react-router';
import { LoginPage } from './LoginPage.js';

/** The staff sign-in, inside the staff layout and open to all. */
export const authStaffRoutes: RouteObject[] = [{ path: '/connexion', element: <LoginPage /> }];
