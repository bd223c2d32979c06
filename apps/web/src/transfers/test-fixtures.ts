import type { Transfer } from '@territoires/contracts';
import { ORG_ID } from '../test/fixtures.js';

/** A transfer as the API answers it, for this folder's screen tests. */
export const B_ID = '00000000-0000-4000-8000-000000000002';
export const IN_ID = '00000000-0000-4000-8000-000000000300';
export const OUT_ID = '00000000-0000-4000-8000-000000000301';

export function transfer(overrides: Partial<Transfer> = {}): Transfer {
  return {
    id: IN_ID,
    status: 'pending',
    direction: 'incoming',
    participantId: null,
    pseudonym: 'Lulu',
    territory: 'caen_chemin_vert',
    from: { id: ORG_ID, name: 'École de la 2e chance' },
    to: { id: B_ID, name: 'Le Dôme' },
    reason: 'Déménage à Vire',
    proposedAt: '2025-02-20T09:00:00.000Z',
    proposedBy: 'Hugo Lefèvre',
    decidedAt: null,
    decidedBy: null,
    can: { decide: true, cancel: false },
    ...overrides,
  };
}
