import { lazySection, type WebDomain } from '../layout/domain.js';
import { ExperienceIcon, ReflectionIcon } from '../me/icons.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { experiencesParticipantRoutes } from './routes.js';

const sections = () => import('./sections.js');

export const experiencesDomain: WebDomain = {
  name: 'experiences',
  messages: { fr, en },
  participantRoutes: experiencesParticipantRoutes,
  participantTiles: [
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
  participantSections: [
    {
      id: 'experiences',
      label: 'participant.experiences',
      order: 70,
      // The person's own words and photos: the follow-up team and coordination only.
      shown: (p) => p.can.seeSensitive,
      Component: lazySection(sections, (m) => m.ExperiencesSection),
    },
  ],
};
