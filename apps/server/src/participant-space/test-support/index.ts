import type { DomainTestSupport } from '../../test-support/domains.js';
import { participantSpaceAuditSpecs } from './audit-specs.js';
import { participantSpaceCells, participantSpaceMatrix } from './permission-cells.js';

/** participant-space: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: participantSpaceMatrix,
  cells: participantSpaceCells,
  auditSpecs: participantSpaceAuditSpecs,
};
