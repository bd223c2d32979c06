import { latestContractObjectives } from '../../pathway/index.js';
import type { AuditFixture, Spec } from '../../test-support/audit-specs.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';
import { acceptedAward, makeAchievement } from './factories.js';

type ObjectiveRoute =
  'myObjectives' | 'linkMyAwardObjectives' | 'participantObjectives' | 'linkAwardObjectives';

export function objectiveCells(f: () => CellFixture): Cells<ObjectiveRoute> {
  return {
    myObjectives: () => Promise.resolve({}),
    linkMyAwardObjectives: () =>
      Promise.resolve({
        params: { id: '00000000-0000-4000-8000-000000000000' },
        body: { objectiveIds: [] },
      }),
    participantObjectives: () => Promise.resolve({ params: { id: f().shared.id } }),
    linkAwardObjectives: async () => {
      const { services, world } = f();
      const [p, badge] = await Promise.all([
        f().fresh('discovery'),
        makeAchievement(services, world.staff.coordinator, world.following),
      ]);
      const award = await acceptedAward(services, world.staff.referent, p.id, badge.id);
      return { params: { id: award.id }, body: { objectiveIds: [] } };
    },
  };
}

// Progress and links: whoever sees the file (the others get its 404); the participant's own.
// prettier-ignore
export const objectiveMatrix: Matrix<ObjectiveRoute> = {
  //                       anon coordination coordinator referent partner org_admin evaluator funder stranger
  myObjectives:          row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  linkMyAwardObjectives: row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  participantObjectives: row(401, 200, 200, 200, 404, 404, 404, 404, 404),
  linkAwardObjectives:   row(401, 200, 200, 200, 404, 404, 404, 404, 404),
};

/** A badge of a participant under contract, and its first key objective; the last one made. */
export function objectiveAuditSpecs(
  get: () => AuditFixture,
): Record<'linkMyAwardObjectives' | 'linkAwardObjectives', Spec> {
  let lastAward = '';
  const award = async () => {
    const { services, world } = get();
    const p = await get().fresh('contract');
    const badge = await makeAchievement(services, world.staff.referent, world.following);
    const made = await acceptedAward(services, world.staff.referent, p.id, badge.id);
    const [first] = await latestContractObjectives(services.database.db, p.id);
    lastAward = made.id;
    return { p, awardId: made.id, objectiveIds: first ? [first.id] : [] };
  };
  // Counts of objectives, never their texts.
  const expected = {
    action: 'award.objectives',
    entityType: 'award',
    entityId: () => lastAward,
    before: { objectives: 0 },
    after: { objectives: 1 },
  };
  return {
    linkMyAwardObjectives: {
      prepare: async () => {
        const { p, awardId, objectiveIds } = await award();
        const client = await loginParticipant(get().app, p.id, get().world.staff.referent);
        const options = {
          method: 'PUT' as const,
          url: `/api/me/awards/${awardId}/objectives`,
          payload: { objectiveIds },
        };
        return { who: 'referent', as: { client, actorId: null }, options };
      },
      expected,
    },
    linkAwardObjectives: {
      prepare: async () => {
        const { awardId, objectiveIds } = await award();
        const options = {
          method: 'PUT' as const,
          url: `/api/awards/${awardId}/objectives`,
          payload: { objectiveIds },
        };
        return { who: 'referent', options };
      },
      expected,
    },
  };
}
