import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { EXPERIENCE_ID, experience, FILE_ID, REFLECTION_ID, reflection } from './fixtures.js';
import { MyExperiencesPage } from './MyExperiencesPage.js';
import { MyNewExperiencePage } from './MyNewExperiencePage.js';
import { MyNewReflectionPage } from './MyNewReflectionPage.js';

describe('my experiences (participant)', () => {
  it('lists my experiences with photos from my own space, and starts a reflexivity time about one (created at its first save)', async () => {
    const net = fakeFetch({
      'GET /api/me/experiences': { body: [experience()] },
      'POST /api/me/reflections': { status: 201, body: reflection() },
    });
    const { user, router } = renderScreen(<MyExperiencesPage />, {
      fetch: net.fetch,
      path: '/moi/experiences',
      others: {
        '/moi/reflexions/nouveau': <MyNewReflectionPage />,
        '/moi/reflexions/:id': <p>Ma part</p>,
      },
    });
    expect(await screen.findByRole('heading', { name: 'Atelier fablab' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Ouvrir boite.jpg' }).getAttribute('src')).toBe(
      `/api/me/files/${FILE_ID}`,
    );
    expect(screen.getByRole('link', { name: 'Ajouter une expérience' }).getAttribute('href')).toBe(
      '/moi/experiences/nouvelle',
    );
    await user.click(screen.getByRole('button', { name: 'En parler dans un temps de réflexion' }));
    // Nothing is created yet: the four questions first.
    const did = await screen.findByLabelText(/Ce que j’ai fait/, { selector: 'textarea' });
    expect(net.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    await user.type(did, 'Une lampe.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer ma part' }));
    expect(await screen.findByText('Ma part')).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/moi/reflexions/${REFLECTION_ID}`);
    expect(net.requests.find((r) => r.method === 'POST')?.body).toEqual({
      experienceIds: [EXPERIENCE_ID],
      did: 'Une lampe.',
      learned: '',
      felt: '',
      next: '',
    });
  });

  it('records an experience in my words with a photo, then goes back to the list', async () => {
    const net = fakeFetch({
      'POST /api/me/experiences': { status: 201, body: experience({ files: [] }) },
      [`POST /api/me/experiences/${EXPERIENCE_ID}/files`]: {
        status: 201,
        body: experience().files[0],
      },
      'GET /api/me/experiences': { body: [] },
    });
    const { user, router } = renderScreen(<MyNewExperiencePage />, {
      fetch: net.fetch,
      path: '/moi/experiences/nouvelle',
      others: { '/moi/experiences': <p>Liste</p> },
    });
    await user.type(screen.getByLabelText(/Qu’avez-vous vécu/), 'Journée au jardin');
    await user.type(screen.getByLabelText(/Racontez avec vos mots/), 'J’ai planté des salades.');
    await user.upload(
      screen.getByLabelText(/Ajouter une photo/),
      new File(['x'], 'jardin.jpg', { type: 'image/jpeg' }),
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Liste')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/moi/experiences');
    const posts = net.requests.filter((r) => r.method === 'POST');
    expect(posts[0]?.body).toEqual({
      title: 'Journée au jardin',
      occurredOn: '2025-03-01',
      kind: 'outside_programme',
      words: 'J’ai planté des salades.',
    });
    expect(posts[1]?.url).toBe(`/api/me/experiences/${EXPERIENCE_ID}/files`);
  });

  it('asks for what was lived before sending', async () => {
    const net = fakeFetch({});
    const { user } = renderScreen(<MyNewExperiencePage />, {
      fetch: net.fetch,
      path: '/moi/experiences/nouvelle',
    });
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByLabelText(/Qu’avez-vous vécu/).getAttribute('aria-invalid')).toBe('true');
    expect(net.requests).toHaveLength(0);
  });
});
