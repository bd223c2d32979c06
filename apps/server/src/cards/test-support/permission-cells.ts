import type { CellFixture, Cells } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): participant cards. */
export function cardCells(
  f: () => CellFixture,
): Cells<'participantCard' | 'issueParticipantCard' | 'revokeParticipantCard'> {
  return {
    participantCard: () => Promise.resolve({ params: { id: f().shared.id } }),
    issueParticipantCard: () => Promise.resolve({ params: { id: f().shared.id } }),
    revokeParticipantCard: () => Promise.resolve({ params: { id: f().shared.id } }),
  };
}
