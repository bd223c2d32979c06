// The public face of the participant space (docs/ARCHITECTURE.md).
export { participantSpaceRoutes } from './routes.js';
