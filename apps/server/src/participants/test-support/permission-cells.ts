import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

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

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const participantMatrix: Matrix<keyof ReturnType<typeof participantCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  listParticipants:   row(401, 200,         200,        200,     403,    403,      403,      403,      200),
  createParticipant:  row(401, 201,         201,        201,     403,    403,      403,      403,      201),
  getParticipant:     row(401, 200,         200,        200,     404,    404,      404,      404,      404),
  updateParticipant:  row(401, 200,         200,        200,     404,    404,      404,      404,      404),
  updateProfile:      row(401, 200,         200,        200,     404,    404,      404,      404,      404),
  assignTeam:         row(401, 200,         403,        200,     404,    404,      404,      404,      404),
};
