import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): staff sign-in and sessions. */
export function authCells(f: () => CellFixture): Cells<'login' | 'logout' | 'me'> {
  return {
    login: () =>
      Promise.resolve({
        body: {
          email: f().world.staff.referent.email,
          password: f().world.staff.referent.password,
        },
      }),
    logout: () => Promise.resolve({}),
    me: () => Promise.resolve({}),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const authMatrix: Matrix<keyof ReturnType<typeof authCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  login:              row(200, 200,         200,        200,     200,    200,      200,      200,      200),
  logout:             row(401, 200,         200,        200,     200,    200,      200,      200,      200),
  me:                 row(401, 200,         200,        200,     200,    200,      200,      200,      200),
};
