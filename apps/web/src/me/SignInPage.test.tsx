import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch, type FakeReply, type RecordedRequest } from '../test/fakeFetch.js';
import { renderApp as renderSpace } from '../test/renderApp.js';

const SESSION = {
  participantId: '00000000-0000-4000-8000-000000000010',
  pseudonym: 'Samia',
  csrfToken: 'participant-csrf',
};
// Signing in, then drawing the next screen, may take over a second on a busy test machine.
const SLOW = { timeout: 5000 };
const anonymous = { 'GET /api/me': apiError(401, 'auth.unauthenticated') };
const signedIn = { 'GET /api/me': { body: SESSION } };
const signIns = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.method === 'POST' && request.url === '/api/me/sign-in');

async function typeCode(user: ReturnType<typeof renderSpace>['user'], code: string) {
  const field = await screen.findByLabelText('Mon code pour entrer');
  await user.clear(field);
  if (code !== '') await user.type(field, code);
  await user.click(screen.getByRole('button', { name: 'Entrer' }));
}

describe('participant sign-in', () => {
  it(
    'signs in at once with the code of the QR URL, then drops the code from the address',
    { timeout: 20_000 },
    async () => {
      const net = fakeFetch({ ...anonymous, 'POST /api/me/sign-in': { body: SESSION } });
      const { router } = renderSpace('/moi/connexion?code=k7q-m4t-2px', net.fetch);
      const home = await screen.findByRole('heading', { level: 1, name: 'Mon espace' }, SLOW);
      expect(home).toBeTruthy();
      expect(signIns(net.requests)).toHaveLength(1);
      expect(net.requests.find((r) => r.url === '/api/me/sign-in')?.body).toEqual({
        code: 'K7QM4T2PX',
      });
      // The sign-in entry was replaced: nothing in the history holds the code.
      expect(router.state.location.pathname).toBe('/moi');
      expect(router.state.location.search).toBe('');
      expect(router.state.historyAction).toBe('REPLACE');
      expect(screen.getByText('Bonjour Samia')).toBeTruthy();
      const tiles = screen.getAllByRole('link').filter((link) => link.className === 'me-tile');
      expect(
        tiles.map((tile) => [
          tile.querySelector('.me-tile-label')?.textContent,
          tile.getAttribute('href'),
        ]),
      ).toEqual([
        ['Mon agenda', '/moi/agenda'],
        ['Essayer une activité', '/moi/activites'],
        ['Mes expériences', '/moi/experiences'],
        ['Mes réflexions', '/moi/reflexions'],
        ['Mes badges', '/moi/badges'],
      ]);
      const nav = screen.getByRole('navigation', { name: 'Mon espace' });
      expect(
        within(nav)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Accueil', 'Agenda', 'Activités', 'Expériences']);
    },
  );

  it('accepts a typed code in lower case, with spaces and dashes, and writes with the participant token', async () => {
    const net = fakeFetch({
      ...anonymous,
      'POST /api/me/sign-in': { body: SESSION },
      'POST /api/me/sign-out': { body: { ok: true } },
    });
    const { user, router } = renderSpace('/moi/connexion', net.fetch);
    const field = await screen.findByLabelText('Mon code pour entrer');
    expect(field.getAttribute('autocomplete')).toBe('off');
    expect(field.getAttribute('inputmode')).toBe('text');
    await typeCode(user, ' k7q - m4t - 2px ');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon espace' }, SLOW)).toBeTruthy();
    expect(signIns(net.requests)[0]?.body).toEqual({ code: 'K7QM4T2PX' });

    await user.click(screen.getByRole('link', { name: 'Sortir' }));
    await user.click(await screen.findByRole('button', { name: 'Oui, sortir' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Entrer dans mon espace' }),
    ).toBeTruthy();
    const signOut = net.requests.find((r) => r.url === '/api/me/sign-out');
    expect(signOut?.headers['x-csrf-token']).toBe('participant-csrf');
    expect(router.state.location.pathname).toBe('/moi/connexion');
  });

  it.each<[string, FakeReply, string]>([
    [
      'a wrong or used code',
      apiError(401, 'participant_space.code_invalid'),
      'Ce code ne marche pas. Vérifiez les lettres, ou demandez un nouveau code à votre référent.',
    ],
    [
      'too many tries',
      apiError(429, 'request.rate_limited'),
      "Trop d'essais. Attendez un peu, puis réessayez.",
    ],
  ])('says so simply for %s', async (_case, reply, message) => {
    const net = fakeFetch({ ...anonymous, 'POST /api/me/sign-in': reply });
    const { user } = renderSpace('/moi/connexion', net.fetch);
    await typeCode(user, 'K7Q-M4T-2PX');
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.getByRole('heading', { level: 1, name: 'Entrer dans mon espace' })).toBeTruthy();
  });

  it('asks for the code before calling the server', async () => {
    const net = fakeFetch(anonymous);
    const { user } = renderSpace('/moi/connexion', net.fetch);
    await typeCode(user, ' - ');
    expect(await screen.findByText('Écrivez votre code.')).toBeTruthy();
    expect(screen.getByLabelText('Mon code pour entrer').getAttribute('aria-invalid')).toBe('true');
    expect(signIns(net.requests)).toEqual([]);
  });

  it('says a card code is the card’s, not a way in, without spending a try', async () => {
    const net = fakeFetch(anonymous);
    const { user } = renderSpace('/moi/connexion', net.fetch);
    await typeCode(user, 'ABCD-EFGH');
    expect(await screen.findByText(/c'est le code de votre carte de présence/)).toBeTruthy();
    expect(signIns(net.requests)).toEqual([]);
  });

  it('keeps a failed QR code in the field but not in the address', async () => {
    const net = fakeFetch({
      ...anonymous,
      'POST /api/me/sign-in': apiError(401, 'participant_space.code_invalid'),
    });
    const { router } = renderSpace('/moi/connexion?code=K7Q-M4T-2PX', net.fetch);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Mon code pour entrer').value).toBe(
      'K7Q-M4T-2PX',
    );
    expect(router.state.location.search).toBe('');
    expect(signIns(net.requests)).toHaveLength(1);
  });
});

describe('participant space guard', () => {
  it('sends a visitor without a session to the participant sign-in, then back to the page asked', async () => {
    const net = fakeFetch({ ...anonymous, 'POST /api/me/sign-in': { body: SESSION } });
    const { user, router } = renderSpace('/moi/deconnexion', net.fetch);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Entrer dans mon espace' }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/moi/connexion');
    // No navigation nor sign-out before signing in, and never the staff login.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(net.requests.some((r) => r.url === '/api/auth/me')).toBe(false);
    await typeCode(user, 'K7QM4T2PX');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sortir de mon espace' }),
    ).toBeTruthy();
  });

  it('goes back to the participant sign-in when a participant route answers 401', async () => {
    const net = fakeFetch({
      ...signedIn,
      'POST /api/me/sign-out': apiError(401, 'auth.unauthenticated'),
    });
    const { router, client } = renderSpace('/moi', net.fetch);
    expect(await screen.findByText('Bonjour Samia')).toBeTruthy();
    await expect(client.call('participantSignOut')).rejects.toMatchObject({ status: 401 });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Entrer dans mon espace' }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/moi/connexion');
  });

  it('leaves a staff 401 to the staff side', async () => {
    const net = fakeFetch({
      ...signedIn,
      'GET /api/alerts': apiError(401, 'auth.unauthenticated'),
    });
    const { router, client } = renderSpace('/moi', net.fetch);
    expect(await screen.findByText('Bonjour Samia')).toBeTruthy();
    await expect(client.call('listAlerts')).rejects.toMatchObject({ status: 401 });
    expect(screen.getByText('Bonjour Samia')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/moi');
  });
});
