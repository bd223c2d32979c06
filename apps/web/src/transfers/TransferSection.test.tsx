import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, fakeFetch } from '../test/fakeFetch.js';
import { ORG_ID, participant, PARTICIPANT_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { TransferSection } from './TransferSection.js';
import { B_ID, transfer } from './test-fixtures.js';

const API = `/api/participants/${PARTICIPANT_ID}/transfers`;
const ORGANISATIONS = [
  { id: ORG_ID, name: 'École de la 2e chance', kind: 'consortium_member', sensitiveName: false },
  { id: B_ID, name: 'Le Dôme', kind: 'consortium_member', sensitiveName: false },
];

describe('transfer section of the file', () => {
  it('proposes a move to another organisation (never the current one), with its reason', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: { body: { canPropose: true, items: [] } },
      'GET /api/organisations': { body: ORGANISATIONS },
      [`POST ${API}`]: { status: 201, body: transfer({ direction: 'outgoing' }) },
    });
    const { user } = renderScreen(<TransferSection participant={participant()} />, {
      fetch: net.fetch,
    });
    const select = await screen.findByRole('combobox', {
      name: 'Organisation qui reprend le suivi',
    });
    await screen.findByRole('option', { name: 'Le Dôme' });
    expect(screen.queryByRole('option', { name: 'École de la 2e chance' })).toBeNull();
    await user.selectOptions(select, B_ID);
    await user.type(screen.getByRole('textbox', { name: /Motif/ }), 'Déménage à Vire');
    await user.click(screen.getByRole('button', { name: 'Proposer le transfert' }));
    expect(await screen.findByText('Transfert proposé.')).toBeTruthy();
    expect(net.requests.find((r) => r.method === 'POST')?.body).toEqual({
      organisationId: B_ID,
      reason: 'Déménage à Vire',
    });
  });

  it('puts a refused proposal on the organisation field', async () => {
    const net = fakeFetch({
      [`GET ${API}`]: { body: { canPropose: true, items: [] } },
      'GET /api/organisations': { body: ORGANISATIONS },
      [`POST ${API}`]: apiError(422, 'transfer.same_organisation', [
        { path: 'organisationId', code: 'transfer.same_organisation', message: 'x' },
      ]),
    });
    const { user } = renderScreen(<TransferSection participant={participant()} />, {
      fetch: net.fetch,
    });
    await screen.findByRole('option', { name: 'Le Dôme' });
    await user.selectOptions(screen.getByRole('combobox'), B_ID);
    await user.click(screen.getByRole('button', { name: 'Proposer le transfert' }));
    expect(
      await screen.findByText('Ce dossier est déjà suivi par cette organisation.'),
    ).toBeTruthy();
  });

  it('shows the pending transfer with its cancel, and no second proposal', async () => {
    const pending = transfer({ direction: 'outgoing', can: { decide: false, cancel: true } });
    const net = fakeFetch({
      [`GET ${API}`]: { body: { canPropose: false, items: [pending] } },
      [`POST /api/transfers/${pending.id}/cancel`]: { body: { ...pending, status: 'cancelled' } },
    });
    const { user } = renderScreen(<TransferSection participant={participant()} />, {
      fetch: net.fetch,
    });
    expect(await screen.findByText('En attente')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Proposer le transfert' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Annuler le transfert' }));
    expect(await screen.findByText('Transfert annulé.')).toBeTruthy();
  });
});
