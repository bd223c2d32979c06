import { AgendaIcon } from '../me/icons.js';
import type { RouteObject } from '../me/router.js';
import { participantPage, type ParticipantDomain } from '../me/space.js';
import en from './messages.en.json';
import fr from './messages.fr.json';

const lazyMyAgendaPage = participantPage(async () => {
  const { MyAgendaPage } = await import('./MyAgendaPage.js');
  return <MyAgendaPage />;
});
const lazyMySessionPage = participantPage(async () => {
  const { MySessionPage } = await import('./MySessionPage.js');
  return <MySessionPage />;
});

/** Participant-space screens of this domain, inside the participant layout under /moi. */
const routes: RouteObject[] = [
  { path: 'agenda', lazy: lazyMyAgendaPage },
  { path: 'seances/:sessionId', lazy: lazyMySessionPage },
];

/** This domain in the participant space: the agenda and a session's page. */
export const attendanceParticipant: ParticipantDomain = {
  name: 'attendance',
  messages: { fr, en },
  routes,
  tiles: [
    {
      to: '/moi/agenda',
      label: 'me.home.agenda',
      hint: 'me.home.agendaHint',
      icon: AgendaIcon,
      order: 10,
    },
  ],
};
