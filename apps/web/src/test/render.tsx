import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createApiClient, type FetchFn } from '../api/client.js';
import { createI18n } from '../i18n/i18n.js';
import { Providers } from '../layout/Providers.js';

export interface RenderOptions {
  fetch: FetchFn;
  /** The current URL and the route pattern the element is mounted on. */
  path?: string;
  pattern?: string;
  today?: string;
  /** Extra routes, e.g. the page a form navigates to. */
  others?: Record<string, ReactNode>;
  csrfToken?: string;
}

/** Renders a screen with the real providers; only the network (fetch) and the day are chosen by the test. */
export function renderScreen(element: ReactNode, options: RenderOptions) {
  const client = createApiClient(options.fetch);
  client.setCsrfToken(options.csrfToken ?? 'csrf-test');
  const world = { client, i18n: createI18n('fr'), today: () => options.today ?? '2025-03-01' };
  const path = options.path ?? '/';
  const router = createMemoryRouter(
    [
      { path: options.pattern ?? path.split('?')[0] ?? '/', element },
      ...Object.entries(options.others ?? {}).map(([otherPath, other]) => ({
        path: otherPath,
        element: other,
      })),
    ],
    { initialEntries: [path] },
  );
  const user = userEvent.setup();
  const view = render(
    <Providers world={world}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, user, router };
}
