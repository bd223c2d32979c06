import type { CellFixture, Cells } from '../../test-support/permission-cells.js';
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
