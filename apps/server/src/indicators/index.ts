// The public face of indicators (docs/ARCHITECTURE.md): what other domains, the app and the tools may use.
export { indicatorsRoutes } from './routes.js';
export { indicatorsReport } from './figures.js';
export type { Scope } from './definitions.js';
export { DEFAULT_PROGRAMME, programmeFromEnv, type Programme } from './programme.js';
export { pseudonymKeyFor } from './pseudonyms.js';
export { SMALL_CELL, suppressColumn } from './suppression.js';
