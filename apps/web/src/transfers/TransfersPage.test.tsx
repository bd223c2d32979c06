import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { PARTICIPANT_ID, REFERENT } from '../test/fixtures.js';
import { IN_ID, OUT_ID, transfer } from './test-fixtures.js';
import { renderScreen } from '../test/render.js';
import { TransfersPage } from './TransfersPage.js';

const outgoing = transfer({
  id: OUT_ID,
  direction: 'outgoing',
  participantId: PARTICIPANT_ID,
  pseudonym: 'Nino',
  reason: null,
  can: { decide: false, cancel: true },
});

describe('transfers page', () => {
  it('lists received and sent transfers; accepting names the référent, the file opens only once it is ours', async () => {
    let accepted = false;
    const net = fakeFetch({
      'GET /api/transfers': () => ({
        body: accepted
          ? [
              transfer({
                status: 'accepted',
                participantId: PARTICIPANT_ID,
                can: { decide: false, cancel: false },
              }),
              outgoing,
            ]
          : [transfer(), outgoing],
      }),
      'GET /api/staff': { body: [REFERENT] },
      [`POST /api/transfers/${IN_ID}/accept`]: () => {
        accepted = true;
        return { body: transfer({ status: 'accepted' }) };
      },
    });
    const { user } = renderScreen(<TransfersPage />, { fetch: net.fetch, path: '/transferts' });
    const received = await screen.findByRole('region', { name: 'À décider ou reçus' });
    expect(within(received).getByText('Déménage à Vire')).toBeTruthy();
    // Before acceptance the receiving side has no way into the file.
    expect(within(received).queryByRole('link')).toBeNull();
    const sent = screen.getByRole('region', { name: 'Envoyés' });
    expect(within(sent).getByRole('link', { name: 'Ouvrir le dossier de Nino' })).toBeTruthy();
    expect(within(sent).getByRole('button', { name: 'Annuler le transfert' })).toBeTruthy();

    await user.selectOptions(
      await within(received).findByRole('combobox', { name: /Référent ou référente/ }),
      REFERENT.id,
    );
    await user.click(within(received).getByRole('button', { name: 'Accepter' }));
    expect(await screen.findByText(/Transfert accepté/)).toBeTruthy();
    expect(net.requests.find((r) => r.method === 'POST')?.body).toEqual({
      referentId: REFERENT.id,
    });
    expect(await screen.findByRole('link', { name: 'Ouvrir le dossier de Lulu' })).toBeTruthy();
  });

  it('says so when the transfer was decided elsewhere in the meantime', async () => {
    const net = fakeFetch({
      'GET /api/transfers': { body: [transfer()] },
      'GET /api/staff': { body: [] },
      [`POST /api/transfers/${IN_ID}/refuse`]: apiError(409, 'transfer.not_pending'),
    });
    const { user } = renderScreen(<TransfersPage />, { fetch: net.fetch, path: '/transferts' });
    await user.click(await screen.findByRole('button', { name: 'Refuser' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      "Ce transfert n'est plus en attente : il a déjà été accepté, refusé ou annulé.",
    );
  });

  it('shows an empty desk plainly', async () => {
    const net = fakeFetch({ 'GET /api/transfers': { body: [] } });
    renderScreen(<TransfersPage />, { fetch: net.fetch, path: '/transferts' });
    expect(await screen.findByText('Aucun transfert.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Transferts de dossiers' })).toBeTruthy();
  });
});
