import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { LoginPage } from './LoginPage.js';

const anonymous = { 'GET /api/auth/me': apiError(401, 'auth.unauthenticated') };

async function fillAndSubmit(
  user: ReturnType<typeof renderScreen>['user'],
  email: string,
  password: string,
) {
  if (email !== '') await user.type(await screen.findByLabelText('Adresse e-mail'), email);
  if (password !== '') await user.type(screen.getByLabelText('Mot de passe'), password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('login form', () => {
  it('shows French validation errors before calling the server', async () => {
    const net = fakeFetch(anonymous);
    const { user } = renderScreen(<LoginPage />, { fetch: net.fetch, path: '/connexion' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeTruthy();
    await fillAndSubmit(user, 'pas-un-email', '');
    expect(await screen.findByText('Adresse e-mail invalide.')).toBeTruthy();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(screen.getByLabelText('Adresse e-mail').getAttribute('aria-invalid')).toBe('true');
    expect(net.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('says when the e-mail or password is wrong', async () => {
    const net = fakeFetch({
      ...anonymous,
      'POST /api/auth/login': apiError(401, 'auth.invalid_credentials'),
    });
    const { user } = renderScreen(<LoginPage />, { fetch: net.fetch, path: '/connexion' });
    await fillAndSubmit(user, 'camille@example.org', 'mauvais');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Adresse e-mail ou mot de passe incorrect.',
    );
    expect(net.requests.at(-1)?.body).toEqual({
      email: 'camille@example.org',
      password: 'mauvais',
    });
  });

  it('asks to wait when rate limited', async () => {
    const net = fakeFetch({
      ...anonymous,
      'POST /api/auth/login': apiError(429, 'request.rate_limited'),
    });
    const { user } = renderScreen(<LoginPage />, { fetch: net.fetch, path: '/connexion' });
    await fillAndSubmit(user, 'camille@example.org', 'secret');
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Trop d'essais. Attendez un peu, puis réessayez.",
    );
  });

  it('goes to the staff home once logged in (which sends each person to a screen they may use)', async () => {
    const session = {
      user: {
        id: '00000000-0000-4000-8000-000000000100',
        email: 'c@example.org',
        displayName: 'Camille',
        memberships: [],
        can: {
          followParticipants: false,
          manageActivitiesAt: [],
          organisationFeedsAt: [],
          handleTransfers: false,
          createParticipants: false,
          takeAttendanceAt: [],
          overseeProgramme: false,
          readIndicators: false,
          readWeek: false,
          runAccounts: false,
          administerAccountsAt: [],
          grantableRoles: [],
          manageOrganisations: false,
        },
      },
      csrfToken: 'tok',
    };
    const net = fakeFetch({ ...anonymous, 'POST /api/auth/login': { body: session } });
    const { user, router } = renderScreen(<LoginPage />, {
      fetch: net.fetch,
      path: '/connexion',
      others: { '/': <p>accueil</p> },
    });
    await fillAndSubmit(user, 'c@example.org', 'secret');
    expect(await screen.findByText('accueil')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
  });
});
