/* This domain's tab on the staff's participant file (experiences/domain.ts lists it), loaded on demand. */
export { ExperiencesSection } from './ExperiencesSection.js';
