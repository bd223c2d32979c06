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
  awardsOfParticipant,
  consortiumBadges,
  endorsable,
  type Endorsable,
} from './endorsable.js';
export {
  ensureIssuer,
  issuerProfile,
  issuersOf as issuersOfOrganisations,
  type Issuer,
} from './issuers.js';
export { openBadges } from './open-badges.js';
export { credentialTime } from './credentials.js';
