import type { DomainTestSupport } from '../../test-support/domains.js';
import { endorsementsAuditSpecs } from './audit-specs.js';
import { endorsementsCells, endorsementsMatrix } from './permission-cells.js';

/** endorsements: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: endorsementsMatrix,
  cells: endorsementsCells,
  auditSpecs: endorsementsAuditSpecs,
};
