import { activitiesParticipant } from '../activities/participant.js';
import { attendanceParticipant } from '../attendance/participant.js';
import { badgesParticipant } from '../badges/participant.js';
import { endorsementsParticipant } from '../endorsements/participant.js';
import { experiencesParticipant } from '../experiences/participant.js';
import { surveysParticipant } from '../surveys/participant.js';
import { meParticipant } from './participant.js';
import type { ParticipantDomain } from './space.js';

/**
 * Every domain of the participant space, one line each: its i18n catalogue, its router and the
 * home's tiles are built from this list. The staff list (domains.ts) takes each one's screens and
 * tiles from the same objects. A function, read when used: the home (in me's routes) reads the
 * list, so a module-level array would be built before me's entry exists.
 */
export const participantDomains = (): readonly ParticipantDomain[] => [
  meParticipant,
  attendanceParticipant,
  activitiesParticipant,
  experiencesParticipant,
  badgesParticipant,
  endorsementsParticipant,
  surveysParticipant,
];
