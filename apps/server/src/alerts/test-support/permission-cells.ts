import { row, type Cells, type Matrix } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): alerts. */
export function alertCells(): Cells<'listAlerts'> {
  return {
    listAlerts: () => Promise.resolve({}),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const alertMatrix: Matrix<keyof ReturnType<typeof alertCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  listAlerts:         row(401, 200,         200,        200,     403,    403,      403,      403,      200),
};
