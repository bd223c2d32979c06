// The public face of notes (docs/ARCHITECTURE.md).
export { noteRoutes } from './routes.js';
export { createNote } from './service.js';
