import type { Achievement } from '@territoires/contracts';
import { multipart, png } from '../../experiences/test-support/factories.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';
import { acceptedAward, achievementBody, makeAchievement, offer } from './factories.js';

type BadgeRoute =
  | 'listIssuers'
  | 'listAchievements'
  | 'createAchievement'
  | 'updateAchievement'
  | 'uploadAchievementImage'
  | 'participantAwards'
  | 'offerAward'
  | 'recordAwardAcceptance'
  | 'revokeAward'
  | 'myAwards'
  | 'acceptMyAward'
  | 'declineMyAward';

/**
 * Requests for the permission matrix (participants/permissions.test.ts): badges of the world's
 * following organisation (a consortium member), awarded to participants it follows.
 */
export function badgesCells(f: () => CellFixture): Cells<BadgeRoute> {
  const fresh = (): Promise<Achievement> =>
    makeAchievement(f().services, f().world.staff.coordinator, f().world.following);
  const offered = async () => {
    const { services, world } = f();
    const [p, badge] = await Promise.all([f().fresh('discovery'), fresh()]);
    return offer(services, world.staff.referent, p.id, badge.id);
  };
  const anyAward = { params: { id: '00000000-0000-4000-8000-000000000000' } };
  return {
    listIssuers: () => Promise.resolve({}),
    listAchievements: () => Promise.resolve({}),
    createAchievement: () => Promise.resolve({ body: achievementBody(f().world.following) }),
    updateAchievement: async () => {
      const badge = await fresh();
      const { organisationId: _, ...body } = achievementBody(f().world.following);
      return { params: { id: badge.id }, body: { ...body, version: badge.version } };
    },
    uploadAchievementImage: async () => ({
      params: { id: (await fresh()).id },
      raw: multipart(await png(), 'badge.png', 'image/png'),
    }),
    participantAwards: () => Promise.resolve({ params: { id: f().shared.id } }),
    offerAward: async () => {
      const [p, badge] = await Promise.all([f().fresh('discovery'), fresh()]);
      return { params: { id: p.id }, body: { achievementId: badge.id } };
    },
    recordAwardAcceptance: async () => ({
      params: { id: (await offered()).id },
      body: { name: { kind: 'pseudonym' } },
    }),
    revokeAward: async () => {
      const { services, world } = f();
      const [p, badge] = await Promise.all([f().fresh('discovery'), fresh()]);
      const award = await acceptedAward(services, world.staff.referent, p.id, badge.id);
      return { params: { id: award.id }, body: { reason: 'Attribué par erreur.' } };
    },
    myAwards: () => Promise.resolve({}),
    acceptMyAward: () => Promise.resolve({ ...anyAward, body: { name: { kind: 'none' } } }),
    declineMyAward: () => Promise.resolve(anyAward),
  };
}

// Badges: the issuing organisation's staff (org_admin, coordinateur, référent) and coordination
// design and award; a participant's badges are seen by whoever sees the file, the others get its 404.
// prettier-ignore
export const badgesMatrix: Matrix<BadgeRoute> = {
  //                       anon coordination coordinator referent partner org_admin evaluator funder stranger
  listIssuers:            row(401, 200, 200, 200, 200, 200, 200, 200, 200),
  listAchievements:       row(401, 200, 200, 200, 200, 200, 200, 200, 200),
  createAchievement:      row(401, 201, 201, 201, 403, 403, 403, 403, 403),
  updateAchievement:      row(401, 200, 200, 200, 403, 403, 403, 403, 403),
  uploadAchievementImage: row(401, 200, 200, 200, 403, 403, 403, 403, 403),
  participantAwards:      row(401, 200, 200, 200, 404, 404, 404, 404, 404),
  offerAward:             row(401, 201, 201, 201, 404, 404, 404, 404, 404),
  recordAwardAcceptance:  row(401, 200, 200, 200, 404, 404, 404, 404, 404),
  revokeAward:            row(401, 200, 200, 200, 404, 404, 404, 404, 404),
  myAwards:               row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  acceptMyAward:          row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  declineMyAward:         row(401, 401, 401, 401, 401, 401, 401, 401, 401),
};
