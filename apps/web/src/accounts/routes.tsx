import type { RouteObject } from 'react-router';
import { staffPage } from '../layout/domain.js';

/** A public screen (an e-mailed link opens it), loaded on demand. */
const publicPage = (load: () => Promise<React.ReactNode>) => async () => ({
  element: await load(),
});

/** Accounts' screens: the public ones a link opens, then those behind the staff sign-in. */
export const accountsStaffRoutes: RouteObject[] = [
  {
    path: '/invitation',
    lazy: publicPage(async () => {
      const { AcceptInvitationPage } = await import('./AcceptInvitationPage.js');
      return <AcceptInvitationPage />;
    }),
  },
  {
    path: '/mot-de-passe/oublie',
    lazy: publicPage(async () => {
      const { ForgotPasswordPage } = await import('./PublicPages.js');
      return <ForgotPasswordPage />;
    }),
  },
  {
    path: '/mot-de-passe/nouveau',
    lazy: publicPage(async () => {
      const { ResetPasswordPage } = await import('./PublicPages.js');
      return <ResetPasswordPage />;
    }),
  },
  {
    path: '/mon-compte',
    lazy: staffPage(async () => {
      const { MyAccountPage } = await import('./MyAccountPage.js');
      return <MyAccountPage />;
    }),
  },
  {
    path: '/comptes',
    lazy: staffPage(async () => {
      const { AccountsPage } = await import('./AccountsPage.js');
      return <AccountsPage />;
    }),
  },
  {
    path: '/comptes/:id/reassigner',
    lazy: staffPage(async () => {
      const { ReassignPage } = await import('./ReassignPage.js');
      return <ReassignPage />;
    }),
  },
  {
    path: '/organisations',
    lazy: staffPage(async () => {
      const { OrganisationsPage } = await import('./OrganisationsPage.js');
      return <OrganisationsPage />;
    }),
  },
];
