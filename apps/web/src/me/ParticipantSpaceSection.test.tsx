import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ParticipantPage } from '../participants/ParticipantPage.js';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { participant, PARTICIPANT_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';

const PATH = `/participants/${PARTICIPANT_ID}`;
const API = `/api${PATH}`;
const NOW = Date.parse('2025-03-01T10:00:00.000Z');
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0h1v1H0z"/></svg>';
const CODE = {
  code: 'K7Q-M4T-2PX',
  url: '/moi/connexion?code=K7QM4T2PX',
  expiresAt: new Date(NOW + 15 * 60_000).toISOString(),
  qrSvg: SVG,
};

const open = (fetch: ReturnType<typeof fakeFetch>['fetch']) =>
  renderScreen(<ParticipantPage />, {
    fetch,
    path: `${PATH}?section=espace`,
    pattern: '/participants/:id',
  });

// jsdom has no CSS.escape, which react-aria's dialog focus scope calls; browsers all have it.
if (typeof globalThis.CSS === 'undefined')
  Object.assign(globalThis, {
    CSS: { escape: (value: string) => value.replace(/["\\]/g, '\\$&') },
  });

describe('participant space section (staff)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(
    'creates a code, shows it large with a countdown and the QR code as an image',
    { timeout: 20_000 },
    async () => {
      const net = fakeFetch({
        [`GET ${API}`]: { body: participant() },
        [`POST ${API}/sign-in-code`]: { status: 201, body: CODE },
      });
      const { user } = open(net.fetch);
      const panel = await screen.findByRole('tabpanel', { name: 'Espace participant' });
      // The tab's content loads on demand.
      await user.click(
        await within(panel).findByRole('button', { name: 'Créer un code de connexion' }),
      );
      expect(await screen.findByTestId('sign-in-code')).toHaveProperty(
        'textContent',
        'K7Q-M4T-2PX',
      );
      // The fake clock also follows real time (shouldAdvanceTime): a loaded machine may be a few
      // seconds further on, never a minute.
      expect(screen.getByRole('timer').textContent).toMatch(
        /^Valable encore (15 min 00 s|14 min [45]\d s)$/,
      );
      const qr = screen.getByRole('img', {
        name: 'QR code pour entrer dans l’espace participant de Lulu',
      });
      // Shown as an image, never as markup inserted in the page.
      expect(qr.getAttribute('src')).toBe(
        `data:image/svg+xml;charset=utf-8,${encodeURIComponent(SVG)}`,
      );
      expect(panel.querySelector('svg path[d="M0 0h1v1H0z"]')).toBeNull();

      vi.setSystemTime(NOW + 61_000);
      vi.advanceTimersByTime(1000);
      expect(await screen.findByText(/^Valable encore 13 min [45]\d s$/)).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Plein écran' }));
      const dialog = await screen.findByRole('dialog', { name: 'Scanner pour entrer' });
      expect(within(dialog).getByText('K7Q-M4T-2PX')).toBeTruthy();
      await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
      expect(screen.queryByRole('dialog')).toBeNull();

      vi.setSystemTime(NOW + 15 * 60_000 + 1);
      vi.advanceTimersByTime(1000);
      expect((await screen.findByRole('alert')).textContent).toBe(
        'Ce code a expiré. Créez-en un nouveau.',
      );
      expect(screen.queryByTestId('sign-in-code')).toBeNull();
      expect(screen.getByRole('button', { name: 'Créer un nouveau code' })).toBeTruthy();
    },
  );

  it('signs the participant out everywhere after a confirmation', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: { body: participant() },
      [`POST ${API}/sign-out-everywhere`]: { body: { ok: true } },
    });
    const { user } = open(net.fetch);
    await user.click(await screen.findByRole('button', { name: 'Déconnecter partout' }));
    expect(net.requests.some((r) => r.method === 'POST')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await user.click(screen.getByRole('button', { name: 'Déconnecter partout' }));
    await user.click(screen.getByRole('button', { name: 'Oui, déconnecter partout' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Le participant est déconnecté partout.',
    );
    const post = net.requests.find((r) => r.method === 'POST');
    expect(post?.url).toBe(`${API}/sign-out-everywhere`);
    expect(post?.headers['x-csrf-token']).toBe('csrf-test');
  });

  it('shows the refusal when the server says no', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: { body: participant() },
      [`POST ${API}/sign-in-code`]: apiError(403, 'auth.forbidden'),
    });
    const { user } = open(net.fetch);
    await user.click(await screen.findByRole('button', { name: 'Créer un code de connexion' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByTestId('sign-in-code')).toBeNull();
  });

  it('is not offered to those who do not see the whole file', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: {
        body: participant({
          can: { edit: true, seeNotes: true, seeSensitive: false, changeTeam: false },
        }),
      },
    });
    open(net.fetch);
    expect(await screen.findByRole('tab', { name: 'Parcours' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Espace participant' })).toBeNull();
  });
});
