import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { accountsStaffRoutes } from './routes.js';

export const accountsDomain: WebDomain = {
  name: 'accounts',
  messages: { fr, en },
  staffRoutes: accountsStaffRoutes,
  staffNav: [
    { to: '/comptes', label: 'nav.accounts', capability: 'runAccounts' },
    { to: '/organisations', label: 'nav.organisations', capability: 'manageOrganisations' },
    // Everyone's own page; a funder (aggregates only, no indicators yet) lands here.
    { to: '/mon-compte', label: 'nav.myAccount' },
  ],
};
