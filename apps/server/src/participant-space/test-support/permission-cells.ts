import { issueSignInCode } from '../service.js';
import type { CellFixture, Cells } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): the participant space's sign-in. */
export function participantSpaceCells(
  f: () => CellFixture,
): Cells<
  | 'issueSignInCode'
  | 'signOutParticipantEverywhere'
  | 'participantSignIn'
  | 'participantMe'
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
    participantSignOut: () => Promise.resolve({}),
  };
}
