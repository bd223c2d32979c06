import type { DomainTestSupport } from '../../test-support/domains.js';
import { indicatorsAuditSpecs } from './audit-specs.js';
import { indicatorsCells, indicatorsMatrix } from './permission-cells.js';

/** indicators: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: indicatorsMatrix,
  cells: indicatorsCells,
  auditSpecs: indicatorsAuditSpecs,
};
