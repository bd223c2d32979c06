/* This domain's tab on the staff's participant file (me/domain.ts lists it), loaded on demand. */
export { ParticipantSpaceSection } from './ParticipantSpaceSection.js';
