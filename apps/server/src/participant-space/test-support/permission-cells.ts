import { issueSignInCode } from '../service.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): the participant space's sign-in. */
export function participantSpaceCells(
  f: () => CellFixture,
): Cells<
  | 'issueSignInCode'
  | 'signOutParticipantEverywhere'
  | 'participantSignIn'
  | 'participantMe'
  | 'myReferent'
  | 'participantSignOut'
> {
  return {
    issueSignInCode: () => Promise.resolve({ params: { id: f().shared.id } }),
    signOutParticipantEverywhere: () => Promise.resolve({ params: { id: f().shared.id } }),
    participantSignIn: async () => {
      const { code } = await issueSignInCode(f().services, f().world.staff.referent, f().shared.id);
      return { body: { code } };
    },
    participantMe: () => Promise.resolve({}),
    myReferent: () => Promise.resolve({}),
    participantSignOut: () => Promise.resolve({}),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const participantSpaceMatrix: Matrix<keyof ReturnType<typeof participantSpaceCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  // Issuing a way into the participant's space: the follow-up team and coordination only.
  issueSignInCode:              row(401, 201,         403,        201,     404,    404,      404,      404,      404),
  signOutParticipantEverywhere: row(401, 200,         403,        200,     404,    404,      404,      404,      404),
  // The participant space's own routes: a staff session never opens them (sign-in is public).
  participantSignIn:            row(200, 200,         200,        200,     200,    200,      200,      200,      200),
  participantMe:                row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  myReferent:                   row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  participantSignOut:           row(401, 401,         401,        401,     401,    401,      401,      401,      401),
};
