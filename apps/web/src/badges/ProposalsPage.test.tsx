import type { BadgeProposal } from '@territoires/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { PARTICIPANT_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { ProposalsPage } from './ProposalsPage.js';

const PROPOSAL_ID = '00000000-0000-4000-8000-000000000c01';

const proposal = (overrides: Partial<BadgeProposal> = {}): BadgeProposal => ({
  id: PROPOSAL_ID,
  participantId: PARTICIPANT_ID,
  participantPseudonym: 'Héron des Prairies',
  achievement: {
    id: '00000000-0000-4000-8000-000000000c02',
    name: 'Regard de spectateur',
    issuerName: 'Le Café des images',
  },
  reason: 'A animé deux projections.',
  proposedAt: '2025-02-25T10:00:00.000Z',
  status: 'pending',
  decidedAt: null,
  declineReason: null,
  awardId: null,
  can: { decide: true },
  ...overrides,
});

describe('badge proposals of our badges', () => {
  it('shows the pseudonym and the reason, and declines with a reason for the référent', async () => {
    const net = fakeFetch({
      'GET /api/badges/proposals': { body: [proposal()] },
      [`POST /api/badge-proposals/${PROPOSAL_ID}/decline`]: {
        body: proposal({ status: 'declined', declineReason: 'Pas encore.' }),
      },
    });
    const { user } = renderScreen(<ProposalsPage />, {
      fetch: net.fetch,
      path: '/badges/propositions',
    });
    expect(await screen.findByText('A animé deux projections.')).toBeTruthy();
    expect(screen.getByText(/Pour Héron des Prairies/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Décliner' }));
    await user.type(screen.getByLabelText('Motif, pour le référent'), 'Pas encore.');
    await user.click(screen.getByRole('button', { name: 'Décliner la proposition' }));
    const sent = net.requests.find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({ reason: 'Pas encore.' });
  });
});
