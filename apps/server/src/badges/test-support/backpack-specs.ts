import { anyId, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';
import { acceptedAward, makeAchievement } from './factories.js';

type BackpackRoute =
  | 'myBackpack'
  | 'shareMyAward'
  | 'stopSharingMyAward'
  | 'setMyAwardVisibility'
  | 'myAwardFile'
  | 'myBadgesZip'
  | 'myPortfolio';

const anyAward = { params: { id: '00000000-0000-4000-8000-000000000000' } };

export function backpackCells(_f: () => CellFixture): Cells<BackpackRoute> {
  return {
    myBackpack: () => Promise.resolve({}),
    shareMyAward: () => Promise.resolve({ ...anyAward, body: {} }),
    stopSharingMyAward: () => Promise.resolve(anyAward),
    setMyAwardVisibility: () => Promise.resolve({ ...anyAward, body: { hidden: true } }),
    // The path's :format stays as written: nobody here gets past the session check.
    myAwardFile: () => Promise.resolve(anyAward),
    myBadgesZip: () => Promise.resolve({}),
    myPortfolio: () => Promise.resolve({}),
  };
}

// The backpack is its earner's alone: no staff member reaches it (their sessions open no /api/me).
// prettier-ignore
export const backpackMatrix: Matrix<BackpackRoute> = {
  //                      anon coordination coordinator referent partner org_admin evaluator funder stranger
  myBackpack:           row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  shareMyAward:         row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  stopSharingMyAward:   row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  setMyAwardVisibility: row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  myAwardFile:          row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  myBadgesZip:          row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  myPortfolio:          row(401, 401, 401, 401, 401, 401, 401, 401, 401),
};

/** The earner's own choices are audited with no staff actor; never a token, never a name. */
export function backpackAuditSpecs(
  get: () => AuditFixture,
): Record<'shareMyAward' | 'stopSharingMyAward' | 'setMyAwardVisibility', Spec> {
  const mine = async () => {
    const { app, services, world } = get();
    const p = await get().fresh();
    const badge = await makeAchievement(services, world.staff.referent, world.following);
    const award = await acceptedAward(services, world.staff.referent, p.id, badge.id);
    const client = await loginParticipant(app, p.id, world.staff.referent);
    return { award, as: { client, actorId: null } };
  };
  return {
    shareMyAward: {
      prepare: async () => {
        const { award, as } = await mine();
        const options = {
          method: 'POST' as const,
          url: `/api/me/awards/${award.id}/share`,
          payload: { showEvidence: true },
        };
        return { who: 'referent', as, options };
      },
      expected: {
        action: 'award_share.create',
        entityType: 'award_share',
        entityId: anyId,
        before: null,
        after: { showEvidence: true },
      },
    },
    stopSharingMyAward: {
      prepare: async () => {
        const { award, as } = await mine();
        const made = await as.client.request({
          method: 'POST',
          url: `/api/me/awards/${award.id}/share`,
          payload: {},
        });
        if (made.statusCode !== 201) throw new Error(made.body);
        const options = { method: 'DELETE' as const, url: `/api/me/awards/${award.id}/share` };
        return { who: 'referent', as, options };
      },
      expected: {
        action: 'award_share.stop',
        entityType: 'award_share',
        entityId: anyId,
        before: { live: true },
        after: { live: false },
      },
    },
    setMyAwardVisibility: {
      prepare: async () => {
        const { award, as } = await mine();
        const options = {
          method: 'PUT' as const,
          url: `/api/me/awards/${award.id}/visibility`,
          payload: { hidden: true },
        };
        return { who: 'referent', as, options };
      },
      expected: {
        action: 'award.hide',
        entityType: 'award',
        entityId: (r) => (r.award as Record<string, unknown>).id,
        before: { hidden: false },
        after: { hidden: true },
      },
    },
  };
}
