import type { DomainTestSupport } from '../../test-support/domains.js';
import { calendarAuditSpecs } from './audit-specs.js';
import { calendarCells, calendarMatrix } from './permission-cells.js';

/** calendar: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: calendarMatrix,
  cells: calendarCells,
  auditSpecs: calendarAuditSpecs,
};
