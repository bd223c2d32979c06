import { anyId, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { anonymousClient } from '../../test-support/clients.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import { makeOpenSession } from '../../attendance/test-support/factories.js';
import { TEST_PUBLIC_URL } from '../../test-support/app.js';
import { createClaim } from '../claims/staff.js';
import { makeAchievement } from './factories.js';

/** The audit test's expectations for claim codes: never a name, never who claimed. */
export function claimAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  /** A session of the following organisation, at the audit clock, and one of its badges. */
  const setting = async () => {
    const { services, world, now } = get();
    const [session, badge] = await Promise.all([
      makeOpenSession(services.database.db, { organisationId: world.following, startsAt: now }),
      makeAchievement(services, world.staff.referent, world.following),
    ]);
    return { session, badge };
  };
  const token = async () => {
    const { session, badge } = await setting();
    const claim = await createClaim(
      get().services,
      TEST_PUBLIC_URL,
      get().world.staff.referent,
      session.id,
      badge.id,
    );
    return claim.url.split('#')[1] ?? '';
  };
  return {
    createBadgeClaim: {
      prepare: async () => {
        const { session, badge } = await setting();
        return {
          who: 'referent',
          options: {
            method: 'POST',
            url: `/api/sessions/${session.id}/badge-claims`,
            payload: { achievementId: badge.id },
          },
        };
      },
      expected: {
        action: 'badge_claim.create',
        entityType: 'badge_claim',
        entityId: (r) => r.id,
        before: null,
        after: {},
      },
    },
    claimBadgeAsGuest: {
      prepare: async () => ({
        who: 'referent',
        as: { client: anonymousClient(get().app), actorId: null },
        options: {
          method: 'POST',
          url: `/api/badge-claims/${await token()}/guest`,
          payload: { name: 'Jeanne' },
        },
      }),
      expected: {
        action: 'badge_claim.guest',
        entityType: 'badge_claim',
        entityId: anyId,
        before: null,
        after: { signed: true },
      },
    },
    claimMyBadge: {
      prepare: async () => {
        const p = await get().fresh();
        const client = await loginParticipant(get().app, p.id, get().world.staff.referent);
        return {
          who: 'referent',
          as: { client, actorId: null },
          options: { method: 'POST', url: `/api/me/badge-claims/${await token()}`, payload: {} },
        };
      },
      expected: {
        action: 'award.claim',
        entityType: 'award',
        entityId: (r) => r.id,
        before: null,
        after: { status: 'offered' },
      },
    },
  };
}
