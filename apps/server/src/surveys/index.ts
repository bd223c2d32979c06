// The public face of surveys (docs/ARCHITECTURE.md): what other domains, the app and the tools may use.
export { surveysRoutes } from './routes.js';
export { managesSurveys } from './policy.js';
export { mySurveys } from './answers.js';
