import type { DomainTestSupport } from '../../test-support/domains.js';
import { noteAuditSpecs } from './audit-specs.js';
import { noteCells, noteMatrix } from './permission-cells.js';

/** notes: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: noteMatrix,
  cells: noteCells,
  auditSpecs: noteAuditSpecs,
};
