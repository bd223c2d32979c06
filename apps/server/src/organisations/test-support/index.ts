import type { DomainTestSupport } from '../../test-support/domains.js';
import { organisationAuditSpecs } from './audit-specs.js';
import { organisationCells, organisationMatrix } from './permission-cells.js';

/** organisations: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: organisationMatrix,
  cells: organisationCells,
  auditSpecs: organisationAuditSpecs,
};
