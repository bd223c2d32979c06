// The public face of accounts (docs/ARCHITECTURE.md): staff accounts, invitations, passwords.
export { accountsRoutes } from './routes.js';
export { requireStrong } from './passwords.js';
