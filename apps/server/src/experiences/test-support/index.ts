import type { DomainTestSupport } from '../../test-support/domains.js';
import { experienceAuditSpecs } from './audit-specs.js';
import { experienceCells, experienceMatrix } from './permission-cells.js';

/** experiences: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: experienceMatrix,
  cells: (f) =>
    experienceCells(() => ({
      services: f().services,
      world: f().world,
      participantId: f().shared.id,
    })),
  auditSpecs: (get) => experienceAuditSpecs(() => ({ ...get(), referent: get().clients.referent })),
};
