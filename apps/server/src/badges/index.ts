// The public face of badges (docs/ARCHITECTURE.md): what other domains, the app and the tools may use.
export { badgesRoutes } from './routes.js';
