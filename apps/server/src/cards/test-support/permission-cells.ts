import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

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

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const cardMatrix: Matrix<keyof ReturnType<typeof cardCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  participantCard:       row(401, 200,      200,        200,     404,    404,      404,      404,      404),
  issueParticipantCard:  row(401, 201,      201,        201,     404,    404,      404,      404,      404),
  revokeParticipantCard: row(401, 200,      200,        200,     404,    404,      404,      404,      404),
};
