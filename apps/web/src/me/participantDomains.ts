import { activitiesParticipant } from '../activities/participant.js';
import { attendanceParticipant } from '../attendance/participant.js';
import { experiencesParticipant } from '../experiences/participant.js';
import { meParticipant } from './participant.js';
import type { ParticipantDomain } from './space.js';

/**
 * Every domain of the participant space, one line each: its i18n catalogue, its router and the
 * home's tiles are built from this list. The staff list (domains.ts) takes each one's screens and
 * tiles from the same objects.
 */
export const PARTICIPANT_DOMAINS: readonly ParticipantDomain[] = [
  meParticipant,
  attendanceParticipant,
  activitiesParticipant,
  experiencesParticipant,
];
