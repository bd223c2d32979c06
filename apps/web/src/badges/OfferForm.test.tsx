import type { Achievement } from '@territoires/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch } from '../test/fakeFetch.js';
import { PARTICIPANT_ID } from '../test/fixtures.js';
import { renderScreen } from '../test/render.js';
import { reflection } from '../experiences/fixtures.js';
import { OfferForm } from './OfferForm.js';

const API = `/api/participants/${PARTICIPANT_ID}`;
const BADGE_ID = '00000000-0000-4000-8000-000000000a01';

const badge = (overrides: Partial<Achievement> = {}): Achievement => ({
  id: BADGE_ID,
  organisationId: '00000000-0000-4000-8000-000000000a02',
  issuerName: 'E2C Normandie',
  issuerId: 'did:web:example:issuers:e2c-normandie',
  name: 'Fabmanager',
  description: 'Mène un projet au fablab.',
  criteria: 'Une pièce finie.',
  nameEn: null,
  descriptionEn: null,
  criteriaEn: null,
  achievementType: 'Badge',
  tags: [],
  validityMonths: null,
  imageAlt: 'Une clé',
  imageUrl: null,
  alignments: [],
  version: 1,
  can: { edit: true, award: true },
  ...overrides,
});

describe('the award form, one click from a reflexivity time', () => {
  it('prefills the proposed badge and its reason, and sends them', async () => {
    const net = fakeFetch({
      'GET /api/badges/achievements': {
        body: [badge({ id: '00000000-0000-4000-8000-000000000a03', name: 'Autre' }), badge()],
      },
      [`GET ${API}/reflections`]: {
        body: [
          reflection({
            badge: { title: 'fabmanager', reason: 'Première pièce', status: 'proposed' },
          }),
        ],
      },
      [`POST ${API}/awards`]: { status: 201, body: {} },
    });
    const { user } = renderScreen(<OfferForm participantId={PARTICIPANT_ID} />, {
      fetch: net.fetch,
      path: `/participants/${PARTICIPANT_ID}?section=badges&reflection=${reflection().id}`,
      pattern: '/participants/:id',
    });
    expect(await screen.findByText(/Badge proposé lors du temps de réflexivité/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Badge').value).toBe(BADGE_ID);
    expect(screen.getByLabelText<HTMLTextAreaElement>(/Pourquoi ce badge/).value).toBe(
      'Première pièce',
    );
    await user.click(screen.getByRole('button', { name: 'Proposer' }));
    const sent = net.requests.find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({
      achievementId: BADGE_ID,
      narrative: 'Première pièce',
      reflectionId: reflection().id,
    });
  });
});
