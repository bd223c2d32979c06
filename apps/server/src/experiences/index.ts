// The public face of experiences (docs/ARCHITECTURE.md): reflexivity times ask the same access.
export { experienceRoutes } from './routes.js';
export { requireAccess, requireRecordAccess } from './access.js';
export { createExperience } from './service.js';
export { ownExperienceIds } from './repository.js';
export { experienceAsEvidence } from './as-evidence.js';
