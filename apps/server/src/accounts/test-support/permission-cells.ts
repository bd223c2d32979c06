import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): accounts. */
export function accountsCells(f: () => CellFixture): Cells<'listAccounts'> {
  return {
    listAccounts: () => Promise.resolve({ params: { id: f().shared.id } }),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const accountsMatrix: Matrix<keyof ReturnType<typeof accountsCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  listAccounts:     row(401, 200,         200,        200,     404,    404,      404,      404,      404),
};
