import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createApiClient, type FetchFn } from '../api/client.js';
import { createI18n } from '../i18n/i18n.js';
import { Providers } from '../layout/Providers.js';
import { routes } from '../layout/routes.js';

/** Renders the whole app's route tree at `path`, so layouts and guards take part. */
export function renderApp(path: string, fetch: FetchFn) {
  const client = createApiClient(fetch);
  client.setCsrfToken('staff-csrf');
  const world = { client, i18n: createI18n('fr'), today: () => '2025-03-01' };
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <Providers world={world}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, user, router, client };
}
