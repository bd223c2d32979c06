export { startServer, freePort, type RunningServer, type StartServerOptions } from './server.js';
export { browserSkipReason, launchBrowser, newPhoneContext, watchPageErrors } from './browser.js';
export { checkA11y } from './a11y.js';
export { journey, type JourneyWorld, type JourneyOptions } from './journey.js';
export { screenshot } from './screenshot.js';
export { checkpoints } from './checkpoint.js';
export { repoRoot, screenshotDir } from './paths.js';
export { logIn, isoDateInParis, parisTimeIn, plusMonths, type Credentials } from './app.js';
export { writeQrY4m, launchBrowserWithCamera } from './fake-camera.js';
export {
  issueSignInCode,
  participantSignIn,
  type IssuedSignInCode,
  type ParticipantPhone,
} from './participant-space.js';
export { createParticipant, offerBadge, signContract } from './staff.js';
