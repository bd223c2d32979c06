import type { DomainTestSupport } from '../../test-support/domains.js';
import { authCells, authMatrix } from './permission-cells.js';

/** auth: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: authMatrix,
  cells: authCells,
};
