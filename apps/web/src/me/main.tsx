import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../api/client.js';
import { Providers } from '../layout/Providers.js';
import { parisToday } from '../time/time.js';
import { createParticipantI18n } from './i18n.js';
import { ParticipantLayout } from './ParticipantLayout.js';
import { participantDomains } from './participantDomains.js';
import { Router, type RouteObject } from './router.js';
// Stylesheets in cascade order: theme and frame, shared controls, the domains with /moi screens.
import '../layout/layout.css';
import '../ui/forms.css';
import '../activities/activities.css';
import '../experiences/experiences.css';
import '../attendance/attendance.css';
import './me.css';

/*
 * The participant space's own entry (moi.html, served for /moi and below): the participant's
 * phone loads this and the participant domains' screens, never the staff application.
 */
const root = document.getElementById('root');
if (root === null) throw new Error('#root is missing from moi.html');

const i18n = createParticipantI18n('fr');
const world = {
  client: createApiClient((input, init) => fetch(input, init)),
  i18n,
  today: parisToday,
};

// Form messages need zod: they come with the first lazy screen, not with the home or sign-in.
let zodMessages: Promise<void> | undefined;
const withZodMessages = (route: RouteObject): RouteObject => {
  const lazy = route.lazy;
  if (lazy === undefined) return route;
  return {
    ...route,
    lazy: async () => {
      // csp.js first: zod must not probe for eval under the server's Content-Security-Policy.
      zodMessages ??= import('../csp.js')
        .then(() => import('../i18n/zodMessages.js'))
        .then((m) => {
          m.installZodMessages(i18n);
        });
      const [loaded] = await Promise.all([lazy(), zodMessages]);
      return loaded;
    },
  };
};

const routes: RouteObject[] = [
  {
    path: '/moi',
    element: <ParticipantLayout />,
    children: participantDomains()
      .flatMap((domain) => domain.routes ?? [])
      .map(withZodMessages),
  },
];

function NotFound() {
  // Anything else belongs to the staff application: a full page load leaves the space.
  window.location.replace('/moi');
  return null;
}

createRoot(root).render(
  <StrictMode>
    <Providers world={world}>
      <Router routes={routes} fallback={<NotFound />} />
    </Providers>
  </StrictMode>,
);
