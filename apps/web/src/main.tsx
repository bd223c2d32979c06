import './csp.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApiClient } from './api/client.js';
import { createI18n } from './i18n/i18n.js';
import { parisToday } from './time/time.js';
import { Providers } from './layout/Providers.js';
import { routes } from './layout/routes.js';
// Stylesheets in cascade order: theme and frame, shared controls, then each domain.
import './layout/layout.css';
import './ui/forms.css';
import './participants/participants.css';
import './pathway/pathway.css';
import './notes/notes.css';
import './activities/activities.css';
import './experiences/experiences.css';
import './attendance/attendance.css';
import './home/home.css';
import './me/me.css';

const root = document.getElementById('root');
if (root === null) throw new Error('#root is missing from index.html');

const world = {
  client: createApiClient((input, init) => fetch(input, init)),
  i18n: createI18n('fr'),
  today: parisToday,
};

createRoot(root).render(
  <StrictMode>
    <Providers world={world}>
      <RouterProvider router={createBrowserRouter(routes)} />
    </Providers>
  </StrictMode>,
);
