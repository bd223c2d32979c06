import type { DomainTestSupport } from '../../test-support/domains.js';
import { surveysAuditSpecs } from './audit-specs.js';
import { surveysCells, surveysMatrix } from './permission-cells.js';

/** surveys: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: surveysMatrix,
  cells: surveysCells,
  auditSpecs: surveysAuditSpecs,
};
