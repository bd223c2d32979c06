import type { DomainTestSupport } from '../../test-support/domains.js';
import { alertCells, alertMatrix } from './permission-cells.js';

/** alerts: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: alertMatrix,
  cells: alertCells,
};
