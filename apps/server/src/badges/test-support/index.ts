import type { DomainTestSupport } from '../../test-support/domains.js';
import { badgesAuditSpecs } from './audit-specs.js';
import { badgesCells, badgesMatrix } from './permission-cells.js';

/** badges: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: badgesMatrix,
  cells: badgesCells,
  auditSpecs: badgesAuditSpecs,
};
