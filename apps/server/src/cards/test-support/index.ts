import type { DomainTestSupport } from '../../test-support/domains.js';
import { cardAuditSpecs } from './audit-specs.js';
import { cardCells, cardMatrix } from './permission-cells.js';

/** cards: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: cardMatrix,
  cells: cardCells,
  auditSpecs: cardAuditSpecs,
};
