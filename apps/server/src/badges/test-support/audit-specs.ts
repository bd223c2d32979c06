import { loginParticipant } from '../../test-support/participant-clients.js';
import { own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { multipart, png } from '../../experiences/test-support/factories.js';
import { acceptedAward, achievementBody, makeAchievement, offer } from './factories.js';

/** The audit test's expectations (audit/audit.test.ts) for badges: texts and names are never audited. */
export function badgesAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  const badge = () => {
    const { services, world } = get();
    return makeAchievement(services, world.staff.referent, world.following);
  };
  const offered = async () => {
    const { services, world } = get();
    const [p, b] = await Promise.all([get().fresh(), badge()]);
    return offer(services, world.staff.referent, p.id, b.id);
  };
  const asParticipant = async (participantId: string) => {
    const { app, world } = get();
    const client = await loginParticipant(app, participantId, world.staff.referent);
    return { client, actorId: null };
  };
  const shape = {
    achievementType: 'ext:NonFormalLearning',
    validityMonths: 24,
    tags: 2,
  };
  return {
    createAchievement: {
      prepare: () =>
        Promise.resolve({
          who: 'referent',
          options: write('createAchievement', '', achievementBody(get().world.following)),
        }),
      expected: {
        action: 'achievement.create',
        entityType: 'achievement',
        entityId: own,
        before: null,
        after: { ...shape, hasImage: false },
      },
    },
    updateAchievement: {
      prepare: async () => {
        const b = await badge();
        const { organisationId: _, ...body } = achievementBody(get().world.following);
        return {
          who: 'referent',
          options: write('updateAchievement', b.id, { ...body, version: b.version, tags: [] }),
        };
      },
      expected: {
        action: 'achievement.update',
        entityType: 'achievement',
        entityId: own,
        before: { ...shape, hasImage: false },
        after: { ...shape, tags: 0, hasImage: false },
      },
    },
    uploadAchievementImage: {
      prepare: async () => {
        const b = await badge();
        return {
          who: 'referent',
          options: {
            method: 'POST',
            url: `/api/badges/achievements/${b.id}/image`,
            ...multipart(await png(), 'badge.png', 'image/png'),
          },
        };
      },
      expected: {
        action: 'achievement.update',
        entityType: 'achievement',
        entityId: own,
        before: { hasImage: false },
        after: { hasImage: true },
      },
    },
    offerAward: {
      prepare: async () => {
        const [p, b] = await Promise.all([get().fresh(), badge()]);
        return { who: 'referent', options: write('offerAward', p.id, { achievementId: b.id }) };
      },
      expected: {
        action: 'award.offer',
        entityType: 'award',
        entityId: own,
        before: null,
        after: { status: 'offered' },
      },
    },
    recordAwardAcceptance: {
      prepare: async () => {
        const award = await offered();
        const body = { name: { kind: 'typed', name: 'Camille' } };
        return { who: 'referent', options: write('recordAwardAcceptance', award.id, body) };
      },
      expected: {
        action: 'award.accept',
        entityType: 'award',
        entityId: own,
        before: { status: 'offered' },
        after: { status: 'accepted', name: 'typed' },
      },
    },
    revokeAward: {
      prepare: async () => {
        const { services, world } = get();
        const [p, b] = await Promise.all([get().fresh(), badge()]);
        const award = await acceptedAward(services, world.staff.referent, p.id, b.id);
        const body = { reason: 'Attribué par erreur.' };
        return { who: 'referent', options: write('revokeAward', award.id, body) };
      },
      expected: {
        action: 'award.revoke',
        entityType: 'award',
        entityId: own,
        before: { status: 'accepted' },
        after: { status: 'revoked', withReason: true },
      },
    },
    acceptMyAward: {
      prepare: async () => {
        const award = await offered();
        return {
          who: 'referent',
          as: await asParticipant(award.participantId),
          options: {
            method: 'POST',
            url: `/api/me/awards/${award.id}/accept`,
            payload: { name: { kind: 'pseudonym' } },
          },
        };
      },
      expected: {
        action: 'award.accept',
        entityType: 'award',
        entityId: own,
        before: { status: 'offered' },
        after: { status: 'accepted', name: 'pseudonym' },
      },
    },
    declineMyAward: {
      prepare: async () => {
        const award = await offered();
        return {
          who: 'referent',
          as: await asParticipant(award.participantId),
          options: { method: 'POST', url: `/api/me/awards/${award.id}/decline`, payload: {} },
        };
      },
      expected: {
        action: 'award.decline',
        entityType: 'award',
        entityId: own,
        before: { status: 'offered' },
        after: { status: 'declined' },
      },
    },
  };
}
