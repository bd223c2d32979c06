import type { CellFixture, Cells, Matrix } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): indicators. */
export function indicatorsCells(_f: () => CellFixture): Cells<never> {
  return {};
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
export const indicatorsMatrix: Matrix<never> = {};
