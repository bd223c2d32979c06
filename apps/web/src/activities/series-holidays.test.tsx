import type { Activity, SessionWriteResult } from '@territoires/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { ORG_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { SeriesFormPage } from './SeriesFormPage.js';

const ACTIVITY_ID = '00000000-0000-4000-8000-000000000500';

const activity = {
  id: ACTIVITY_ID,
  organisationId: ORG_ID,
  title: 'Atelier du lundi',
} as Partial<Activity>;

function plan(response: { status: number; body: unknown }) {
  const net = fakeFetch({
    [`GET /api/activities/${ACTIVITY_ID}`]: { body: activity },
    'GET /api/staff': { body: [] },
    [`POST /api/activities/${ACTIVITY_ID}/series`]: response,
  });
  const screenUser = renderScreen(<SeriesFormPage />, {
    fetch: net.fetch,
    path: `/activites/${ACTIVITY_ID}/serie`,
    pattern: '/activites/:id/serie',
    today: '2027-03-22',
  });
  return { net, ...screenUser };
}

describe('a weekly series and public holidays', () => {
  it('skips them by default and says which dates got no session', { timeout: 20_000 }, async () => {
    const result: SessionWriteResult = {
      seriesId: '00000000-0000-4000-8000-000000000700',
      sessions: [],
      warnings: [],
      skipped: [
        { date: '2027-03-29', holiday: 'easter_monday' },
        { date: '2027-05-17', holiday: 'whit_monday' },
      ],
    };
    const { net, user } = plan({
      status: 201,
      body: { ...result, sessions: new Array(7).fill(null).map(() => ({})) },
    });
    const box = await screen.findByLabelText(
      'Pas de séance les jours fériés',
      {},
      { timeout: 10_000 },
    );
    expect((box as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Créer la série' }));
    expect(await screen.findByText('7 séances créées.', {}, { timeout: 10_000 })).toBeTruthy();
    const skipped = screen.getByRole('region', { name: 'Jours fériés sautés' });
    expect(
      within(skipped)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Lundi de Pâques 29 mars 2027 : pas de séance',
      'Lundi de Pentecôte 17 mai 2027 : pas de séance',
    ]);
    expect(net.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      weekday: 1,
      firstOn: '2027-03-22',
      skipHolidays: true,
    });
  });

  it('keeps them when unticked, and shows no skipped list', { timeout: 20_000 }, async () => {
    const { net, user } = plan({
      status: 201,
      body: { seriesId: null, sessions: [{}], warnings: [], skipped: [] },
    });
    await user.click(
      await screen.findByLabelText('Pas de séance les jours fériés', {}, { timeout: 10_000 }),
    );
    await user.click(screen.getByRole('button', { name: 'Créer la série' }));
    expect(await screen.findByText('1 séance créée.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Jours fériés sautés' })).toBeNull();
    expect(net.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      skipHolidays: false,
    });
  });

  it('explains a series whose every date is a holiday', { timeout: 20_000 }, async () => {
    const message = 'Every date is a public holiday.';
    const { user } = plan({
      status: 400,
      body: {
        error: {
          code: 'series.only_holidays',
          message,
          fields: [{ path: 'skipHolidays', code: 'custom', message }],
        },
      },
    });
    await user.click(
      await screen.findByRole('button', { name: 'Créer la série' }, { timeout: 10_000 }),
    );
    expect(
      await screen.findByText(/Toutes ces dates sont des jours fériés/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
  });
});
