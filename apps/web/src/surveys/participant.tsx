import type { ParticipantDomain } from '../me/space.js';
import { participantPage } from '../me/space.js';
import en from './participant.messages.en.json';
import fr from './participant.messages.fr.json';
import { ChangesNotice, SurveyNotice } from './SurveyNotice.js';

/** This domain in the participant space: the surveys open to the person, and what changed. */
export const surveysParticipant: ParticipantDomain = {
  name: 'surveys',
  messages: { fr, en },
  routes: [
    {
      path: 'avis',
      lazy: participantPage(async () => {
        const { SurveyPage } = await import('./SurveyPage.js');
        return <SurveyPage />;
      }),
    },
  ],
  homeNotices: [SurveyNotice, ChangesNotice],
};
