import type { DomainTestSupport } from '../../test-support/domains.js';
import { accountsAuditSpecs } from './audit-specs.js';
import { accountsCells, accountsMatrix } from './permission-cells.js';

/** accounts: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: accountsMatrix,
  cells: accountsCells,
  auditSpecs: accountsAuditSpecs,
};
