// The public face of endorsements (docs/ARCHITECTURE.md): what other domains, the app and the tools may use.
export { endorsementsRoutes } from './routes.js';
export { acceptedEndorsements } from './repository.js';
export { presentEndorsement } from './presenter.js';
export { endorseAsOrganisation, endorseByInvitation } from './endorse.js';
export { createInvitation as invitationFor } from './invitations.js';
export { signedEndorsements } from './export.js';
