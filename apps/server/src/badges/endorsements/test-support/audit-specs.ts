import { acceptedAward, makeAchievement } from '../../test-support/factories.js';
import {
  anyId,
  own,
  write,
  type AuditFixture,
  type Spec,
} from '../../../test-support/audit-specs.js';
import { anonymousClient } from '../../../test-support/clients.js';
import { loginParticipant } from '../../../test-support/participant-clients.js';
import { endorseBody, endorsed, invitationToken } from './factories.js';

/** The audit test's expectations (audit/audit.test.ts) for endorsements: never a name or a comment. */
export function endorsementsAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  const badge = (organisationId = get().world.following) =>
    makeAchievement(get().services, get().world.staff.coordination, organisationId);
  /** A participant with a signed badge, signed in to their space. */
  const earner = async () => {
    const { app, services, world } = get();
    const [p, b] = await Promise.all([get().fresh(), badge()]);
    const award = await acceptedAward(services, world.staff.referent, p.id, b.id);
    const client = await loginParticipant(app, p.id, world.staff.referent);
    return { award, client };
  };
  const answer = (route: 'acceptMyEndorsement' | 'declineMyEndorsement'): Spec => ({
    prepare: async () => {
      const { award, client } = await earner();
      const e = await endorsed(get().services, get().world.staff.referent, {
        kind: 'award',
        id: award.id,
      });
      return { who: 'referent', as: { client, actorId: null }, options: write(route, e.id, {}) };
    },
    expected: {
      action: route === 'acceptMyEndorsement' ? 'endorsement.accept' : 'endorsement.decline',
      entityType: 'endorsement',
      entityId: own,
      before: { status: 'pending' },
      after: { status: route === 'acceptMyEndorsement' ? 'accepted' : 'declined' },
    },
  });
  const invitationCreated = {
    action: 'endorsement_invitation.create',
    entityType: 'endorsement_invitation',
    entityId: anyId,
    before: null,
  };
  return {
    createEndorsementInvitation: {
      prepare: async () => ({
        who: 'referent',
        options: write('createEndorsementInvitation', '', {
          kind: 'achievement',
          id: (await badge()).id,
        }),
      }),
      expected: { ...invitationCreated, after: { target: 'achievement' } },
    },
    createMyEndorsementInvitation: {
      prepare: async () => {
        const { award, client } = await earner();
        return {
          who: 'referent',
          as: { client, actorId: null },
          options: write('createMyEndorsementInvitation', award.id, {}),
        };
      },
      expected: { ...invitationCreated, after: { target: 'award' } },
    },
    endorseByInvitation: {
      prepare: async () => {
        const token = await invitationToken(get().services, get().world.staff.referent, {
          kind: 'achievement',
          id: (await badge()).id,
        });
        return {
          who: 'referent',
          as: { client: anonymousClient(get().app), actorId: null },
          options: {
            method: 'POST',
            url: `/api/endorsement-invitations/${token}/endorse`,
            payload: endorseBody(),
          },
        };
      },
      expected: {
        action: 'endorsement.create',
        entityType: 'endorsement',
        entityId: own,
        before: null,
        after: { target: 'achievement', status: 'accepted', by: 'person' },
      },
    },
    endorseAsOrganisation: {
      prepare: async () => ({
        who: 'referent',
        options: write('endorseAsOrganisation', '', {
          target: { kind: 'achievement', id: (await badge(get().world.partner)).id },
          organisationId: get().world.following,
          comment: 'Un badge sérieux.',
        }),
      }),
      expected: {
        action: 'endorsement.create',
        entityType: 'endorsement',
        entityId: own,
        before: null,
        after: { target: 'achievement', status: 'accepted', by: 'organisation' },
      },
    },
    acceptMyEndorsement: answer('acceptMyEndorsement'),
    declineMyEndorsement: answer('declineMyEndorsement'),
  };
}
