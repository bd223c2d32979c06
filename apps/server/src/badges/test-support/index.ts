import type { DomainTestSupport } from '../../test-support/domains.js';
import { badgesAuditSpecs } from './audit-specs.js';
import { designerAuditSpecs, designerCells, designerMatrix } from './designer.js';
import { badgesCells, badgesMatrix } from './permission-cells.js';

/** badges: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: { ...badgesMatrix, ...designerMatrix },
  cells: (f) => ({ ...badgesCells(f), ...designerCells(f) }),
  auditSpecs: (get) => ({ ...badgesAuditSpecs(get), ...designerAuditSpecs(get) }),
};
