import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): indicators. */
export function indicatorsCells(_f: () => CellFixture): Cells<'getIndicators'> {
  return {
    getIndicators: () => Promise.resolve({ query: { from: '2025-01-01', to: '2025-12-31' } }),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const indicatorsMatrix: Matrix<keyof ReturnType<typeof indicatorsCells>> = {
  //                anon coordination coordinator referent partner org_admin evaluator funder stranger
  getIndicators: row(401, 200,         200,        403,     403,    200,      200,      200,   403),
};
