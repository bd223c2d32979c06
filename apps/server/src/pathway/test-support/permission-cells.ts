import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';
import { contractBody } from '../../test-support/world.js';

/** Requests for the permission matrix (participants/permissions.test.ts): the pathway. */
export function pathwayCells(
  f: () => CellFixture,
): Cells<'changePhase' | 'timeline' | 'signContract' | 'amendContract' | 'recordExit'> {
  return {
    changePhase: async () => {
      const p = await f().fresh('outreach');
      return { params: { id: p.id }, body: { version: p.version, to: 'discovery' } };
    },
    timeline: () => Promise.resolve({ params: { id: f().shared.id } }),
    signContract: async () => {
      const p = await f().fresh('discovery');
      return {
        params: { id: p.id },
        body: contractBody(p.version, f().world.staff.referent.staffId),
      };
    },
    amendContract: async () => {
      const p = await f().fresh('contract');
      return {
        params: { id: p.id, contractId: p.contracts?.[0]?.id ?? '' },
        body: { version: p.version, reason: 'Nouvel objectif', objectives: ['Passer le permis'] },
      };
    },
    recordExit: async () => {
      const p = await f().fresh('contract');
      return {
        params: { id: p.id },
        body: { version: p.version, exitOn: f().today, situation: 'training_qualifying' },
      };
    },
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const pathwayMatrix: Matrix<keyof ReturnType<typeof pathwayCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  changePhase:        row(401, 200,         200,        200,     404,    404,      404,      404,      404),
  timeline:           row(401, 200,         200,        200,     404,    404,      404,      404,      404),
  signContract:       row(401, 201,         201,        201,     404,    404,      404,      404,      404),
  amendContract:      row(401, 200,         200,        200,     404,    404,      404,      404,      404),
  recordExit:         row(401, 201,         201,        201,     404,    404,      404,      404,      404),
};
