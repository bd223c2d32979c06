import { own, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { TEST_PUBLIC_URL } from '../../test-support/app.js';
import { proposeBadge } from '../proposals/service.js';
import { makeAchievement } from './factories.js';

/** The audit test's expectations for proposals: the reasons are never audited. */
export function proposalAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  const partnerBadge = () => {
    const { services, world } = get();
    return makeAchievement(services, world.staff.coordination, world.partner);
  };
  const pending = async () => {
    const [p, badge] = await Promise.all([get().fresh(), partnerBadge()]);
    return proposeBadge(get().services, TEST_PUBLIC_URL, get().world.staff.referent, p.id, {
      achievementId: badge.id,
      reason: 'Bravo.',
    });
  };
  return {
    proposeBadge: {
      prepare: async () => {
        const [p, badge] = await Promise.all([get().fresh(), partnerBadge()]);
        return {
          who: 'referent',
          options: {
            method: 'POST',
            url: `/api/participants/${p.id}/badge-proposals`,
            payload: { achievementId: badge.id, reason: 'Bravo.' },
          },
        };
      },
      expected: {
        action: 'badge_proposal.create',
        entityType: 'badge_proposal',
        entityId: own,
        before: null,
        after: { status: 'pending' },
      },
    },
    acceptBadgeProposal: {
      prepare: async () => ({
        who: 'coordination',
        options: {
          method: 'POST',
          url: `/api/badge-proposals/${(await pending()).id}/accept`,
          payload: {},
        },
      }),
      expected: {
        action: 'badge_proposal.accept',
        entityType: 'badge_proposal',
        entityId: own,
        before: { status: 'pending' },
        after: { status: 'accepted' },
      },
    },
    declineBadgeProposal: {
      prepare: async () => ({
        who: 'coordination',
        options: {
          method: 'POST',
          url: `/api/badge-proposals/${(await pending()).id}/decline`,
          payload: { reason: 'Pas encore.' },
        },
      }),
      expected: {
        action: 'badge_proposal.decline',
        entityType: 'badge_proposal',
        entityId: own,
        before: { status: 'pending' },
        after: { status: 'declined', withReason: true },
      },
    },
  };
}
