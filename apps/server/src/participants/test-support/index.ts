import type { DomainTestSupport } from '../../test-support/domains.js';
import { participantAuditSpecs } from './audit-specs.js';
import { participantCells, participantMatrix } from './permission-cells.js';

/** participants: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: participantMatrix,
  cells: participantCells,
  auditSpecs: participantAuditSpecs,
};
