import type { Reflection } from '@territoires/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { REFLECTION_ID, reflection } from './fixtures.js';
import { MyNewReflectionPage } from './MyNewReflectionPage.js';
import { MyReflectionPage } from './MyReflectionPage.js';
import { MyReflectionsPage } from './MyReflectionsPage.js';

const API = `/api/me/reflections/${REFLECTION_ID}`;
const empty = (overrides: Partial<Reflection> = {}) =>
  reflection({
    did: null,
    comment: null,
    experienceIds: [],
    authors: { did: null, learned: null, felt: null, next: null },
    createdBy: { by: 'participant', displayName: null, at: '2025-02-25T10:00:00.000Z' },
    can: { delete: true },
    ...overrides,
  });

describe('starting a reflexivity time (participant)', () => {
  it('creates nothing until something is written, then saves and opens it', async () => {
    const created = reflection({ felt: 'Content', version: 1 });
    const net = fakeFetch({
      'POST /api/me/reflections': { status: 201, body: created },
      [`GET ${API}`]: { body: created },
    });
    const { user, router } = renderScreen(<MyNewReflectionPage />, {
      fetch: net.fetch,
      path: '/moi/reflexions/nouveau',
      others: { '/moi/reflexions/:id': <MyReflectionPage /> },
    });
    await user.click(await screen.findByRole('button', { name: 'Enregistrer ma part' }));
    expect(
      await screen.findByText('Écrivez au moins une réponse avant d’enregistrer.'),
    ).toBeTruthy();
    expect(net.requests).toHaveLength(0);
    await user.type(
      screen.getByLabelText(/Ce que j’ai ressenti/, { selector: 'textarea' }),
      'Content',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer ma part' }));
    expect(await screen.findByText('Votre part est enregistrée. Merci !')).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/moi/reflexions/${REFLECTION_ID}`);
    expect(net.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { experienceIds: [], did: '', learned: '', felt: 'Content', next: '' },
    ]);
  });

  it('opens the four questions from the list without creating anything', async () => {
    const net = fakeFetch({ 'GET /api/me/reflections': { body: [] } });
    const { user, router } = renderScreen(<MyReflectionsPage />, {
      fetch: net.fetch,
      path: '/moi/reflexions',
      others: { '/moi/reflexions/nouveau': <MyNewReflectionPage /> },
    });
    await user.click(
      await screen.findByRole('button', { name: 'Commencer un temps de réflexion' }),
    );
    expect(await screen.findByRole('button', { name: 'Enregistrer ma part' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/moi/reflexions/nouveau');
    expect(net.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });
});

describe('an empty reflexivity time left from before', () => {
  it('can be deleted from my list; a written one offers no delete', async () => {
    const written = reflection({ id: '00000000-0000-4000-8000-000000000999' });
    const net = fakeFetch({
      'GET /api/me/reflections': { body: [empty(), written] },
      [`DELETE ${API}`]: { body: { ok: true } },
    });
    const { user } = renderScreen(<MyReflectionsPage />, {
      fetch: net.fetch,
      path: '/moi/reflexions',
    });
    const remove = await screen.findByRole('button', {
      name: 'Supprimer le temps de réflexion vide du 25 février 2025',
    });
    expect(screen.getAllByRole('button', { name: /Supprimer/ })).toHaveLength(1);
    await user.click(remove);
    await expect
      .poll(() => net.requests.filter((r) => r.method === 'DELETE').map((r) => r.url))
      .toEqual([API]);
  });

  it('can be deleted from its own page, back to the list', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: { body: empty() },
      [`DELETE ${API}`]: { body: { ok: true } },
      'GET /api/me/reflections': { body: [] },
    });
    const { user, router } = renderScreen(<MyReflectionPage />, {
      fetch: net.fetch,
      path: `/moi/reflexions/${REFLECTION_ID}`,
      pattern: '/moi/reflexions/:id',
      others: { '/moi/reflexions': <MyReflectionsPage /> },
    });
    await user.click(
      await screen.findByRole('button', { name: /Supprimer le temps de réflexion vide/ }),
    );
    expect(await screen.findByText('Pas encore de temps de réflexion.')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/moi/reflexions');
  });
});
