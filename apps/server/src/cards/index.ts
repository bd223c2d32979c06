// The public face of cards (docs/ARCHITECTURE.md).
export { cardRoutes } from './routes.js';
