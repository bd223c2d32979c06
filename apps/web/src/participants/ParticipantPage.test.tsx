import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { participant, PARTICIPANT_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { ParticipantPage } from './ParticipantPage.js';

const PATH = `/participants/${PARTICIPANT_ID}`;
const API = `/api${PATH}`;

describe('participant page', () => {
  it('offers only the direct next phases and shows the stale-version message with a reload', async () => {
    let version = 3;
    const net = fakeFetch({
      [`GET ${API}`]: () => ({ body: participant({ phase: 'accompaniment', version }) }),
      [`POST ${API}/phase`]: apiError(409, 'resource.stale_version'),
    });
    const { user } = renderScreen(<ParticipantPage />, {
      fetch: net.fetch,
      path: PATH,
      pattern: '/participants/:id',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lulu' })).toBeTruthy();
    // The tab's content loads on demand: wait for it before checking what it leaves out.
    const next = await screen.findByRole('button', { name: 'Passer en « Insertion »' });
    expect(screen.queryByRole('button', { name: 'Passer en « Sortie »' })).toBeNull();
    version = 4;
    await user.click(next);
    expect(await screen.findByText("Quelqu'un a modifié ce dossier entre-temps.")).toBeTruthy();
    expect(net.requests.find((r) => r.method === 'POST')?.body).toEqual({
      version: 3,
      to: 'insertion',
    });
    await user.click(screen.getByRole('button', { name: 'Recharger le dossier' }));
    await expect
      .poll(() => net.requests.filter((r) => r.method === 'GET' && r.url === API).length)
      .toBe(2);
    expect(screen.queryByText("Quelqu'un a modifié ce dossier entre-temps.")).toBeNull();
  });

  it('hides what the viewer may not see', async () => {
    const partnerView = participant({
      can: { edit: false, seeNotes: false, seeSensitive: false, changeTeam: false },
    });
    delete partnerView.team;
    delete partnerView.contracts;
    delete partnerView.exits;
    delete partnerView.profile;
    const net = fakeFetch({ [`GET ${API}`]: { body: partnerView } });
    renderScreen(<ParticipantPage />, {
      fetch: net.fetch,
      path: PATH,
      pattern: '/participants/:id',
    });
    expect(await screen.findByRole('tab', { name: 'Parcours' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Parcours',
      'Chronologie',
    ]);
    expect(screen.queryByRole('button', { name: /Passer en/ })).toBeNull();
  });
});
