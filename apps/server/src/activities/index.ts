// The public face of activities: what other domains, the app and the tools may use (docs/ARCHITECTURE.md).
export { activityRoutes } from './routes.js';
export { searchCatalogue } from './catalogue.js';
export { exportCatalogue } from './data-inclusion/export.js';
export { runImport } from './data-inclusion/import.js';
export { validateService } from './data-inclusion/validate.js';
export { facilitatedBy } from './facilitated-by.js';
export { sessionFacts } from './session-facts.js';
