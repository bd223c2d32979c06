// The public face of participants (docs/ARCHITECTURE.md): the file every other domain builds on.
// Access levels and their rules are in policy.ts, public too (pure: other policies import it directly).
export { participantRoutes } from './routes.js';
export { levelFor, participantFor } from './access.js';
export {
  recordParticipantEvent,
  recordParticipantEvents,
  type ParticipantEvent,
} from './events.js';
export { alertRows } from './alert-rows.js';
export { findParticipant, timelineOf } from './repository.js';
export { writeParticipant } from './write.js';
export { assignTeam, createParticipant, updateProfile } from './service.js';
export { referentOf } from './referent.js';
export { followedBy } from './followed-by.js';
export { participantPseudonyms } from './pseudonyms.js';
