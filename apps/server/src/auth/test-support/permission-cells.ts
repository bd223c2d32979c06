import type { CellFixture, Cells } from '../../test-support/permission-cells.js';

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
