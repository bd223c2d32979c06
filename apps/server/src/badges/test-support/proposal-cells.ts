import type { CellFixture, Cells, Matrix } from '../../test-support/permission-cells.js';
import { row } from '../../test-support/permission-cells.js';
import { TEST_PUBLIC_URL } from '../../test-support/app.js';
import { proposeBadge } from '../proposals/service.js';
import { makeAchievement } from './factories.js';

type ProposalRoute =
  | 'proposableBadges'
  | 'proposeBadge'
  | 'participantBadgeProposals'
  | 'incomingBadgeProposals'
  | 'acceptBadgeProposal'
  | 'declineBadgeProposal';

/** A badge of the partner organisation, proposed by the world's référent to a person they follow. */
export async function pendingProposal(f: CellFixture) {
  const [p, badge] = await Promise.all([
    f.fresh('discovery'),
    makeAchievement(f.services, f.world.staff.coordination, f.world.partner),
  ]);
  return proposeBadge(f.services, TEST_PUBLIC_URL, f.world.staff.referent, p.id, {
    achievementId: badge.id,
    reason: 'A animé deux projections.',
  });
}

export function proposalCells(f: () => CellFixture): Cells<ProposalRoute> {
  return {
    proposeBadge: async () => {
      const [p, badge] = await Promise.all([
        f().fresh('discovery'),
        makeAchievement(f().services, f().world.staff.coordination, f().world.partner),
      ]);
      return { params: { id: p.id }, body: { achievementId: badge.id, reason: 'Bravo.' } };
    },
    proposableBadges: () => Promise.resolve({ params: { id: f().shared.id } }),
    participantBadgeProposals: () => Promise.resolve({ params: { id: f().shared.id } }),
    incomingBadgeProposals: () => Promise.resolve({}),
    acceptBadgeProposal: async () => ({ params: { id: (await pendingProposal(f())).id } }),
    declineBadgeProposal: async () => ({
      params: { id: (await pendingProposal(f())).id },
      body: { reason: 'Pas encore.' },
    }),
  };
}

// Proposals: whoever sees the file proposes; the issuing organisation (here the partner member:
// its admin, and coordination) decides; everyone else gets the proposal's 404.
// prettier-ignore
export const proposalMatrix: Matrix<ProposalRoute> = {
  //                          anon coordination coordinator referent partner org_admin evaluator funder stranger
  proposeBadge:              row(401, 201, 201, 201, 404, 404, 404, 404, 404),
  proposableBadges:          row(401, 200, 200, 200, 404, 404, 404, 404, 404),
  participantBadgeProposals: row(401, 200, 200, 200, 404, 404, 404, 404, 404),
  incomingBadgeProposals:    row(401, 200, 200, 200, 200, 200, 200, 200, 200),
  acceptBadgeProposal:       row(401, 200, 404, 404, 404, 200, 404, 404, 404),
  declineBadgeProposal:      row(401, 200, 404, 404, 404, 200, 404, 404, 404),
};
