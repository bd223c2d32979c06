import { mergeTrees } from '../i18n/tree.js';
import type { WebDomain } from '../layout/domain.js';
import en from './messages.en.json';
import fr from './messages.fr.json';
import { surveysParticipant } from './participant.js';
import { surveysStaffRoutes } from './routes.js';

export const surveysDomain: WebDomain = {
  name: 'surveys',
  // The participant's words travel in the light /moi bundle; coordination's and the dashboard's stay here.
  messages: {
    fr: mergeTrees(surveysParticipant.messages.fr, fr),
    en: mergeTrees(surveysParticipant.messages.en, en),
  },
  staffRoutes: surveysStaffRoutes,
  // Coordination writes the surveys (the server's surveys policy: coordination, as overseeProgramme).
  staffNav: [{ to: '/questionnaires', label: 'nav.surveys', capability: 'overseeProgramme' }],
  participantRoutes: surveysParticipant.routes,
};
