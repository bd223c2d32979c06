import { ExperienceIcon, ReflectionIcon } from '../me/icons.js';
import type { ParticipantDomain } from '../me/space.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { experiencesParticipantRoutes } from './routes.js';

/** This domain in the participant space: the person's experiences and reflections. */
export const experiencesParticipant: ParticipantDomain = {
  name: 'experiences',
  messages: { fr, en },
  routes: experiencesParticipantRoutes,
  tiles: [
    {
      to: '/moi/experiences',
      label: 'me.home.experiences',
      hint: 'me.home.experiencesHint',
      icon: ExperienceIcon,
      order: 30,
    },
    {
      to: '/moi/reflexions',
      label: 'me.home.reflections',
      hint: 'me.home.reflectionsHint',
      icon: ReflectionIcon,
      order: 40,
    },
  ],
};
