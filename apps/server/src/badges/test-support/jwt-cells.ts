import type { CellFixture, Cells, Matrix } from '../../test-support/permission-cells.js';
import { row } from '../../test-support/permission-cells.js';
import { acceptedAward, makeAchievement } from './factories.js';

type JwtRoute = 'awardVcJwt' | 'myAwardVcJwt' | 'myExpiringAwards';

/** A signed badge of the shared participant (followed by the world's référent). */
async function signedAward(f: CellFixture): Promise<string> {
  const { services, world } = f;
  const badge = await makeAchievement(services, world.staff.coordinator, world.following);
  return (await acceptedAward(services, world.staff.referent, f.shared.id, badge.id)).id;
}

export function jwtCells(f: () => CellFixture): Cells<JwtRoute> {
  return {
    awardVcJwt: async () => ({ params: { id: await signedAward(f()) } }),
    myAwardVcJwt: async () => ({ params: { id: await signedAward(f()) } }),
    myExpiringAwards: () => Promise.resolve({}),
  };
}

// The VC-JWT of a signed badge: whoever sees the file (others get its 404); the participant's own.
// Expiry notices: the participant's own.
// prettier-ignore
export const jwtMatrix: Matrix<JwtRoute> = {
  //             anon coordination coordinator referent partner org_admin evaluator funder stranger
  awardVcJwt:   row(401, 200, 200, 200, 404, 404, 404, 404, 404),
  myAwardVcJwt: row(401, 401, 401, 401, 401, 401, 401, 401, 401),
  myExpiringAwards: row(401, 401, 401, 401, 401, 401, 401, 401, 401),
};
