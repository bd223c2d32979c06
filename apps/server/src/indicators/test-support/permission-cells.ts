import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

type Names = 'getIndicators' | 'exportIndicators' | 'exportIndicatorParticipants';
const period = { from: '2025-01-01', to: '2025-12-31' };

/** Requests for the permission matrix (participants/permissions.test.ts): indicators. */
export function indicatorsCells(_f: () => CellFixture): Cells<Names> {
  return {
    getIndicators: () => Promise.resolve({ query: period }),
    exportIndicators: () => Promise.resolve({ query: { ...period, format: 'csv' } }),
    exportIndicatorParticipants: () => Promise.resolve({ query: { ...period, format: 'csv' } }),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const indicatorsMatrix: Matrix<Names> = {
  //                              anon coordination coordinator referent partner org_admin evaluator funder stranger
  getIndicators:               row(401, 200,         200,        403,     403,    200,      200,      200,   403),
  exportIndicators:            row(401, 200,         200,        403,     403,    200,      200,      200,   403),
  // The participant-level file is the evaluators' alone (pseudonymous, audited).
  exportIndicatorParticipants: row(401, 403,         403,        403,     403,    403,      200,      403,   403),
};
