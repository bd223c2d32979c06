import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): badges. */
export function badgesCells(f: () => CellFixture): Cells<'listBadges'> {
  return {
    listBadges: () => Promise.resolve({ params: { id: f().shared.id } }),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const badgesMatrix: Matrix<keyof ReturnType<typeof badgesCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator stranger
  listBadges:     row(401, 200,         200,        200,     404,    404,      404,      404),
};
