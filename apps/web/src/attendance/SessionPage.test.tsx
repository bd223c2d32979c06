import type { Roster, ScanResult } from '@territoires/contracts';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { renderScreen } from '../test/render.js';
import { SessionPage } from './SessionPage.js';

const SESSION = '33333333-3333-4333-8333-333333333333';
const LINE = '44444444-4444-4444-8444-444444444444';
const PATH = `/seances/${SESSION}`;

const roster = (present = false): Roster => ({
  session: {
    id: SESSION,
    activityId: '55555555-5555-4555-8555-555555555555',
    activityTitle: 'Atelier fablab',
    activityKind: 'fablab',
    organisationId: '66666666-6666-4666-8666-666666666666',
    startsAt: '2026-03-17T13:30:00.000Z',
    endsAt: '2026-03-17T15:30:00.000Z',
    place: 'Fablab du Chemin Vert',
    capacity: 10,
    registeredCount: 2,
    cancelled: false,
  },
  entries: [
    {
      registrationId: LINE,
      name: 'Mésange',
      present,
      status: present ? 'present' : null,
      attendanceId: present ? '88888888-8888-4888-8888-888888888888' : null,
      mayCorrect: present,
    },
    {
      registrationId: '77777777-7777-4777-8777-777777777777',
      name: 'Zoé Martin',
      present: false,
      status: null,
      attendanceId: null,
      mayCorrect: false,
    },
  ],
});

type Scans = { scans: { clientId: string; cardCode?: string; registrationId?: string }[] };

afterEach(() => {
  localStorage.clear();
});

describe('session page', () => {
  it('marks a line from the roster, then offers to correct it', async () => {
    let marked = false;
    const net = fakeFetch({
      [`GET /api/sessions/${SESSION}/roster`]: () => ({ body: roster(marked) }),
      'POST /api/attendance/sync': (request) => {
        marked = true;
        const { scans } = request.body as Scans;
        const results: ScanResult[] = scans.map((s) => ({
          clientId: s.clientId,
          status: 'ok',
          code: null,
          name: 'Mésange',
          walkIn: false,
        }));
        return { body: { results } };
      },
    });
    const { user } = renderScreen(<SessionPage />, {
      fetch: net.fetch,
      path: PATH,
      pattern: '/seances/:sessionId',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Atelier fablab' })).toBeTruthy();
    // Participants and guests look alike: a name and the same buttons; unmarked is not absent.
    const lines = screen.getAllByRole('listitem');
    const labels = ['✓ Présence', '◔ Retard', '✗ Absence', '✉ Absence excusée'];
    expect(
      lines.map((li) =>
        within(li)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ),
    ).toEqual([labels, labels]);
    await user.click(screen.getByRole('button', { name: 'Retard : Mésange' }));
    expect(await screen.findByText('Noté : Retard pour Mésange')).toBeTruthy();
    const sent = net.requests.find((r) => r.method === 'POST')?.body as Scans;
    expect(sent.scans[0]).toMatchObject({ registrationId: LINE, status: 'late' });
    expect(screen.queryByRole('button', { name: 'Retard : Mésange' })).toBeNull();
    expect(
      await screen.findByRole('button', { name: 'Corriger le pointage de Mésange' }),
    ).toBeTruthy();
  });

  it('takes a typed card code when the camera is not there, and says when the card is unknown', async () => {
    const net = fakeFetch({
      [`GET /api/sessions/${SESSION}/roster`]: { body: roster() },
      'POST /api/attendance/sync': (request) => {
        const { scans } = request.body as Scans;
        const results: ScanResult[] = scans.map((s) => ({
          clientId: s.clientId,
          status: 'error',
          code: 'card.unknown',
          name: null,
          walkIn: false,
        }));
        return { body: { results } };
      },
    });
    const { user } = renderScreen(<SessionPage />, {
      fetch: net.fetch,
      path: PATH,
      pattern: '/seances/:sessionId',
    });
    await user.click(await screen.findByRole('button', { name: 'Scanner une carte' }));
    const field = screen.getByLabelText('Code de la carte de présence');
    await user.type(field, 'abc');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    expect(await screen.findByText(/Le code a 8 caractères/)).toBeTruthy();
    expect(net.requests.some((r) => r.method === 'POST')).toBe(false);
    await user.clear(field);
    await user.type(field, 'zzzz zzzz');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    expect(await screen.findByText(/Carte inconnue/)).toBeTruthy();
    const sent = net.requests.find((r) => r.method === 'POST')?.body as Scans;
    expect(sent.scans[0]).toMatchObject({ cardCode: 'ZZZZ-ZZZZ' });
  });

  it('keeps marks on the phone when the network is down and shows how many wait', async () => {
    const net = fakeFetch({
      [`GET /api/sessions/${SESSION}/roster`]: { body: roster() },
      'POST /api/attendance/sync': {
        status: 503,
        body: { error: { code: 'internal.unexpected', message: 'down' } },
      },
    });
    const { user } = renderScreen(<SessionPage />, {
      fetch: net.fetch,
      path: PATH,
      pattern: '/seances/:sessionId',
    });
    await user.click(await screen.findByRole('button', { name: 'Présence : Zoé Martin' }));
    expect(await screen.findByText(/Enregistré sur ce téléphone/)).toBeTruthy();
    expect(await screen.findByText(/1 pointage en attente d'envoi/)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem('tp.attendance.queue') ?? '[]')).toHaveLength(1);
  });
});
