import type { DomainTestSupport } from '../../test-support/domains.js';
import { pathwayAuditSpecs } from './audit-specs.js';
import { pathwayCells, pathwayMatrix } from './permission-cells.js';

/** pathway: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: pathwayMatrix,
  cells: pathwayCells,
  auditSpecs: pathwayAuditSpecs,
};
