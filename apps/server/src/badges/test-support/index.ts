import type { DomainTestSupport } from '../../test-support/domains.js';
import { badgesAuditSpecs } from './audit-specs.js';
import { designerAuditSpecs, designerCells, designerMatrix } from './designer.js';
import { claimAuditSpecs } from './claim-audit-specs.js';
import { claimCells, claimMatrix } from './claim-cells.js';
import { jwtCells, jwtMatrix } from './jwt-cells.js';
import { verifierCells, verifierMatrix } from './verifier-cells.js';
import { backpackAuditSpecs, backpackCells, backpackMatrix } from './backpack-specs.js';
import { objectiveAuditSpecs, objectiveCells, objectiveMatrix } from './objective-specs.js';
import { badgesCells, badgesMatrix } from './permission-cells.js';
import { proposalAuditSpecs } from './proposal-audit-specs.js';
import { proposalCells, proposalMatrix } from './proposal-cells.js';
import { endorsementsAuditSpecs } from '../endorsements/test-support/audit-specs.js';
import {
  endorsementsCells,
  endorsementsMatrix,
} from '../endorsements/test-support/permission-cells.js';

/** badges: its part of the global completeness tests (test-support/domains.ts). */
export const testSupport: DomainTestSupport = {
  matrix: {
    ...badgesMatrix,
    ...designerMatrix,
    ...claimMatrix,
    ...proposalMatrix,
    ...jwtMatrix,
    ...verifierMatrix,
    ...backpackMatrix,
    ...objectiveMatrix,
    ...endorsementsMatrix,
  },
  cells: (f) => ({
    ...badgesCells(f),
    ...designerCells(f),
    ...claimCells(f),
    ...proposalCells(f),
    ...jwtCells(f),
    ...verifierCells(f),
    ...backpackCells(f),
    ...objectiveCells(f),
    ...endorsementsCells(f),
  }),
  auditSpecs: (get) => ({
    ...badgesAuditSpecs(get),
    ...designerAuditSpecs(get),
    ...claimAuditSpecs(get),
    ...proposalAuditSpecs(get),
    ...backpackAuditSpecs(get),
    ...objectiveAuditSpecs(get),
    ...endorsementsAuditSpecs(get),
  }),
};
