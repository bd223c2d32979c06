import type { DomainTestSupport } from '../../test-support/domains.js';
import { registrationAuditSpecs } from './audit-specs.js';
import { registrationCells, registrationMatrix } from './permission-cells.js';

/** registrations: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: registrationMatrix,
  // A registration the actor may not know of answers as one that does not exist: its own code.
  notFoundCodes: { cancelRegistration: 'registration.not_found' },
  cells: registrationCells,
  auditSpecs: registrationAuditSpecs,
};
