import type { DomainTestSupport } from '../../test-support/domains.js';
import { registrationAuditSpecs } from './audit-specs.js';
import { registrationCells, registrationMatrix } from './permission-cells.js';

/** registrations: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: registrationMatrix,
  cells: registrationCells,
  auditSpecs: registrationAuditSpecs,
};
