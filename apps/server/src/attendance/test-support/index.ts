import type { DomainTestSupport } from '../../test-support/domains.js';
import { attendanceAuditSpecs } from './audit-specs.js';
import { attendanceCells, attendanceMatrix } from './permission-cells.js';

/** attendance: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: attendanceMatrix,
  cells: attendanceCells,
  auditSpecs: attendanceAuditSpecs,
};
