// Endorsements (issue 18), part of badges: what the rest of the domain (routes, the share page and
// downloads) and, through badges/index.ts, the seed and the CLI use.
export { endorsementsRoutes } from './routes.js';
export { acceptedEndorsements } from './repository.js';
export { presentEndorsement } from './presenter.js';
export { endorseAsOrganisation, endorseByInvitation } from './endorse.js';
export { createInvitation as invitationFor } from './invitations.js';
export { signedEndorsements } from './export.js';
export { endorsedView } from './embed.js';
