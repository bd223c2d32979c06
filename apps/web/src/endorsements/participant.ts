import type { ParticipantDomain } from '../me/space.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { NewEndorsementsNotice } from './NewEndorsementsNotice.js';
import { endorsementsParticipantRoutes } from './participant-routes.js';

/** Endorsements in the participant space: the invited person's page, and the earner's answers. */
export const endorsementsParticipant: ParticipantDomain = {
  name: 'endorsements',
  messages: { fr, en },
  routes: endorsementsParticipantRoutes,
  homeNotices: [NewEndorsementsNotice],
};
