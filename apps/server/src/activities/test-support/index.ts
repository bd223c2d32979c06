import type { DomainTestSupport } from '../../test-support/domains.js';
import { activityAuditSpecs } from './audit-specs.js';
import { activityCells, activityMatrix } from './permission-cells.js';

/** activities: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: activityMatrix,
  cells: activityCells,
  auditSpecs: activityAuditSpecs,
};
