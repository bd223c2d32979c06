/* This domain's tabs on the staff's participant file (participants/domain.ts lists them), loaded on demand. */
export { ProfileSection } from './ProfileSection.js';
export { TeamSection } from './TeamSection.js';
