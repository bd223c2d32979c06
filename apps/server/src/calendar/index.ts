// The public face of calendar (docs/ARCHITECTURE.md).
export { calendarRoutes } from './routes.js';
