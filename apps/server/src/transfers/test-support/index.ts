import type { DomainTestSupport } from '../../test-support/domains.js';
import { transferAuditSpecs } from './audit-specs.js';
import { transferCells, transferMatrix } from './permission-cells.js';

/** transfers: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: transferMatrix,
  cells: transferCells,
  auditSpecs: transferAuditSpecs,
};
