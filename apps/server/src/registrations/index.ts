// The public face of registrations (docs/ARCHITECTURE.md): sessions as calendar and attendance read them.
// worksAt and the registrars' rules are in policy.ts, public too (pure).
export { registrationRoutes } from './routes.js';
export { registerToSession } from './service.js';
export {
  findSession,
  placeOf,
  presentSession,
  sessionColumns,
  sessionsQuery,
  type SessionRow,
} from './sessions.js';
