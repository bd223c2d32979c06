import type { CellFixture, Cells } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): participants. */
export function participantCells(
  f: () => CellFixture,
): Cells<
  | 'listParticipants'
  | 'createParticipant'
  | 'getParticipant'
  | 'updateParticipant'
  | 'updateProfile'
  | 'assignTeam'
> {
  return {
    listParticipants: () => Promise.resolve({ query: { pageSize: '10' } }),
    createParticipant: () =>
      Promise.resolve({
        body: { pseudonym: 'Mésange', referralSource: 'self', territory: 'colombelles' },
      }),
    getParticipant: () => Promise.resolve({ params: { id: f().shared.id } }),
    updateParticipant: async () => {
      const p = await f().fresh('discovery');
      return { params: { id: p.id }, body: { version: p.version, commune: 'Ifs' } };
    },
    updateProfile: async () => {
      const p = await f().fresh('discovery');
      return {
        params: { id: p.id },
        body: { version: p.version, consent: true, sex: 'female', ageBand: '26_44' },
      };
    },
    assignTeam: async () => {
      const p = await f().fresh('discovery');
      return {
        params: { id: p.id },
        body: {
          version: p.version,
          role: 'coordinator',
          staffId: f().world.spareCoordinator.staffId,
          startOn: f().today,
        },
      };
    },
  };
}
