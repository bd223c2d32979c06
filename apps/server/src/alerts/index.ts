// The public face of alerts (docs/ARCHITECTURE.md).
export { alertRoutes } from './routes.js';
