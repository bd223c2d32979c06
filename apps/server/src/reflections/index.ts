// The public face of reflexivity times (docs/ARCHITECTURE.md).
export { reflectionRoutes } from './routes.js';
export { createReflection } from './service.js';
export { markBadgeAwarded } from './badge.js';
