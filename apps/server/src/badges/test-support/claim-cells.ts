import type { CellFixture, Cells, Matrix } from '../../test-support/permission-cells.js';
import { row } from '../../test-support/permission-cells.js';
import { TEST_PUBLIC_URL } from '../../test-support/app.js';
import { createClaim } from '../claims/staff.js';
import { makeAchievement } from './factories.js';

type ClaimRoute =
  | 'sessionBadgeClaims'
  | 'createBadgeClaim'
  | 'previewBadgeClaim'
  | 'claimBadgeAsGuest'
  | 'claimMyBadge';

/** A session of the partner organisation (soon after the test clock) and one of its badges. */
export async function claimSetting(services: CellFixture['services'], f: CellFixture) {
  const [session, badge] = await Promise.all([
    f.partnerSession(),
    makeAchievement(services, f.world.staff.coordination, f.world.partner),
  ]);
  return { session, badge };
}

/** A claim code shown at a partner session, by its partner staff: its QR token. */
export async function claimToken(f: CellFixture): Promise<string> {
  const { session, badge } = await claimSetting(f.services, f);
  const created = await createClaim(
    f.services,
    TEST_PUBLIC_URL,
    f.world.staff.partner_staff,
    session.id,
    badge.id,
  );
  return created.url.split('#')[1] ?? '';
}

export function claimCells(f: () => CellFixture): Cells<ClaimRoute> {
  return {
    sessionBadgeClaims: async () => ({ params: { id: (await f().partnerSession()).id } }),
    createBadgeClaim: async () => {
      const { session, badge } = await claimSetting(f().services, f());
      return { params: { id: session.id }, body: { achievementId: badge.id } };
    },
    previewBadgeClaim: async () => ({ params: { token: await claimToken(f()) } }),
    claimBadgeAsGuest: async () => ({
      params: { token: await claimToken(f()) },
      body: { name: 'Jeanne' },
    }),
    claimMyBadge: async () => ({ params: { token: await claimToken(f()) }, body: {} }),
  };
}

// Claim codes: the session's organisation (its partner staff, its admin) and coordination show
// them and read the count; anyone claims with the code; the backpack is a participant's only.
// prettier-ignore
export const claimMatrix: Matrix<ClaimRoute> = {
  //                   anon coordination coordinator referent partner org_admin evaluator funder stranger
  sessionBadgeClaims: row(401, 200, 403, 403, 200, 200, 403, 403, 403),
  createBadgeClaim:   row(401, 201, 403, 403, 201, 201, 403, 403, 403),
  previewBadgeClaim:  row(200, 200, 200, 200, 200, 200, 200, 200, 200),
  claimBadgeAsGuest:  row(201, 201, 201, 201, 201, 201, 201, 201, 201),
  claimMyBadge:       row(401, 401, 401, 401, 401, 401, 401, 401, 401),
};
