// The public face of badges (docs/ARCHITECTURE.md): what other domains, the app and the tools may use.
export { badgesRoutes } from './routes.js';
export { fixIssuerOrigin, issuerBySlug, issuerSlugs } from './issuers.js';
export { signedCredentials } from './export.js';
export { createAchievement } from './achievements.js';
export { offerAward, revokeAward } from './awards.js';
export { recordAwardAcceptance } from './acceptance.js';
export { recordAwardAcceptances, type AcceptanceItem } from './bulk-acceptance.js';
export { generateAchievementImage } from './images/service.js';
export { revokeCompromisedKey, reissueSignedBy } from './reissue.js';
export {
  endorseAsOrganisation,
  endorseByInvitation,
  invitationFor,
  signedEndorsements,
} from './endorsements/index.js';
