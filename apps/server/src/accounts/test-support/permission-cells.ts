import type { RouteName } from '@territoires/contracts';
import { TEST_PASSWORD } from '../../test-support/factories.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';
import {
  freshEmail,
  invitationToken,
  makeColleague,
  makeInvitation,
  resetToken,
} from './factories.js';

type AccountRoute = Extract<
  RouteName,
  | 'listAccounts'
  | 'deactivateAccount'
  | 'accountAssignments'
  | 'mySessions'
  | 'signOutEverywhere'
  | 'listInvitations'
  | 'createInvitation'
  | 'resendInvitation'
  | 'cancelInvitation'
  | 'previewInvitation'
  | 'acceptInvitation'
  | 'forgotPassword'
  | 'resetPassword'
  | 'changePassword'
  | 'createResetLink'
>;

/**
 * Requests for the permission matrix (participants/permissions.test.ts): accounts. The world's
 * org_admin runs the partner organisation; its colleagues are deactivated, reset and invited there.
 */
export function accountsCells(f: () => CellFixture): Cells<AccountRoute> {
  const admin = () => f().world.staff.org_admin;
  const colleague = async () => ({
    params: { id: (await makeColleague(f().services, f().world.partner)).staffId },
  });
  const invitation = async () => ({
    params: { id: (await makeInvitation(f().services, admin())).invitation.id },
  });
  return {
    listAccounts: () => Promise.resolve({}),
    deactivateAccount: colleague,
    createResetLink: colleague,
    accountAssignments: colleague,
    mySessions: () => Promise.resolve({}),
    signOutEverywhere: () => Promise.resolve({}),
    listInvitations: () => Promise.resolve({}),
    createInvitation: () =>
      Promise.resolve({
        body: { email: freshEmail(), organisationId: f().world.partner, roles: ['partner_staff'] },
      }),
    resendInvitation: invitation,
    cancelInvitation: invitation,
    previewInvitation: async () => ({
      params: { token: (await invitationToken(f().services, admin())).token },
    }),
    acceptInvitation: async () => ({
      body: {
        token: (await invitationToken(f().services, admin())).token,
        displayName: 'Nouvelle Recrue',
        password: 'Girafe-Moulin-Bleu-2031',
      },
    }),
    forgotPassword: () => Promise.resolve({ body: { email: f().world.staff.referent.email } }),
    resetPassword: async () => {
      const { services, world } = f();
      const person = await makeColleague(services, world.partner);
      return {
        body: {
          token: await resetToken(services, world.staff.coordination, person.staffId),
          password: 'Girafe-Moulin-Bleu-2031',
        },
      };
    },
    // The same password again: the matrix's sessions and logins keep working.
    changePassword: () =>
      Promise.resolve({ body: { currentPassword: TEST_PASSWORD, password: TEST_PASSWORD } }),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const accountsMatrix: Matrix<AccountRoute> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  listAccounts:       row(401, 200,         403,        403,     403,    200,      403,      403,   403),
  deactivateAccount:  row(401, 200,         403,        403,     403,    200,      403,      403,   403),
  accountAssignments: row(401, 200,         403,        403,     403,    200,      403,      403,   403),
  createResetLink:    row(401, 201,         403,        403,     403,    201,      403,      403,   403),
  mySessions:         row(401, 200,         200,        200,     200,    200,      200,      200,   200),
  signOutEverywhere:  row(401, 200,         200,        200,     200,    200,      200,      200,   200),
  changePassword:     row(401, 200,         200,        200,     200,    200,      200,      200,   200),
  listInvitations:    row(401, 200,         403,        403,     403,    200,      403,      403,   403),
  createInvitation:   row(401, 201,         403,        403,     403,    201,      403,      403,   403),
  resendInvitation:   row(401, 200,         403,        403,     403,    200,      403,      403,   403),
  cancelInvitation:   row(401, 200,         403,        403,     403,    200,      403,      403,   403),
  previewInvitation:  row(200, 200,         200,        200,     200,    200,      200,      200,   200),
  acceptInvitation:   row(200, 200,         200,        200,     200,    200,      200,      200,   200),
  forgotPassword:     row(200, 200,         200,        200,     200,    200,      200,      200,   200),
  resetPassword:      row(200, 200,         200,        200,     200,    200,      200,      200,   200),
};
