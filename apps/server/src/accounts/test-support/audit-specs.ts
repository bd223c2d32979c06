import { anonymousClient, loginAs } from '../../test-support/clients.js';
import { anyId, own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { makeStaff, TEST_PASSWORD } from '../../test-support/factories.js';
import {
  freshEmail,
  invitationToken,
  makeColleague,
  makeInvitation,
  resetToken,
} from './factories.js';

const STRONG = 'Girafe-Moulin-Bleu-2031';

/** The audit test's expectations (audit/audit.test.ts) for accounts: one per write route. */
export function accountsAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  const colleague = () => makeColleague(get().services, get().world.partner);
  /** Someone signed in on a session of their own (their actions end or change it). */
  const signedIn = async () => {
    const person = await colleague();
    return { person, client: await loginAs(get().app, person) };
  };
  const invitation = () =>
    makeInvitation(get().services, get().world.staff.coordination, {
      organisationId: get().world.partner,
    });
  return {
    createInvitation: {
      prepare: () =>
        Promise.resolve({
          who: 'coordination',
          options: write('createInvitation', '', {
            email: freshEmail(),
            organisationId: get().world.partner,
            roles: ['partner_staff', 'org_admin'],
          }),
        }),
      expected: {
        action: 'invitation.create',
        entityType: 'invitation',
        entityId: (r) => (r.invitation as { id: string }).id,
        before: null,
        after: { roles: ['partner_staff', 'org_admin'], delivery: 'sent' },
      },
    },
    resendInvitation: {
      prepare: async () => ({
        who: 'coordination',
        options: write('resendInvitation', (await invitation()).invitation.id, {}),
      }),
      expected: {
        action: 'invitation.resend',
        entityType: 'invitation',
        entityId: (r) => (r.invitation as { id: string }).id,
        before: { delivery: 'link_only' },
        after: { delivery: 'sent' },
      },
    },
    cancelInvitation: {
      prepare: async () => ({
        who: 'coordination',
        options: write('cancelInvitation', (await invitation()).invitation.id, {}),
      }),
      expected: {
        action: 'invitation.cancel',
        entityType: 'invitation',
        entityId: own,
        before: { status: 'pending' },
        after: { status: 'cancelled' },
      },
    },
    acceptInvitation: {
      // Someone with an account elsewhere in the consortium joins the partner organisation.
      prepare: async () => {
        const person = await makeStaff(get().services.database.db, { role: 'referent' });
        const { token } = await invitationToken(get().services, get().world.staff.coordination, {
          organisationId: get().world.partner,
          email: person.email,
          roles: ['partner_staff'],
        });
        return {
          who: 'coordination',
          as: { client: anonymousClient(get().app), actorId: person.staffId },
          options: write('acceptInvitation', '', { token, currentPassword: TEST_PASSWORD }),
        };
      },
      expected: {
        action: 'invitation.accept',
        entityType: 'invitation',
        entityId: anyId,
        before: { status: 'pending' },
        after: { status: 'accepted', newAccount: false, roles: ['partner_staff'] },
      },
    },
    forgotPassword: {
      prepare: async () => {
        const person = await colleague();
        return {
          who: 'coordination',
          as: { client: anonymousClient(get().app), actorId: null },
          options: write('forgotPassword', '', { email: person.email }),
        };
      },
      expected: {
        action: 'account.password_reset_request',
        entityType: 'staff',
        entityId: anyId,
        before: null,
        after: { by: 'email' },
      },
    },
    resetPassword: {
      prepare: async () => {
        const person = await colleague();
        const token = await resetToken(
          get().services,
          get().world.staff.coordination,
          person.staffId,
        );
        return {
          who: 'coordination',
          as: { client: anonymousClient(get().app), actorId: person.staffId },
          options: write('resetPassword', '', { token, password: STRONG }),
        };
      },
      expected: {
        action: 'account.password_reset',
        entityType: 'staff',
        entityId: anyId,
        before: null,
        after: null,
      },
    },
    changePassword: {
      prepare: async () => {
        const { person, client } = await signedIn();
        return {
          who: 'coordination',
          as: { client, actorId: person.staffId },
          options: write('changePassword', '', {
            currentPassword: TEST_PASSWORD,
            password: STRONG,
          }),
        };
      },
      expected: {
        action: 'account.password_change',
        entityType: 'staff',
        entityId: anyId,
        before: null,
        after: null,
      },
    },
    signOutEverywhere: {
      prepare: async () => {
        const { person, client } = await signedIn();
        return {
          who: 'coordination',
          as: { client, actorId: person.staffId },
          options: write('signOutEverywhere', '', {}),
        };
      },
      expected: {
        action: 'account.sign_out_everywhere',
        entityType: 'staff',
        entityId: anyId,
        before: null,
        after: { sessionsEnded: 1 },
      },
    },
    createResetLink: {
      prepare: async () => ({
        who: 'coordination',
        options: write('createResetLink', (await colleague()).staffId, {}),
      }),
      expected: {
        action: 'account.reset_link',
        entityType: 'staff',
        entityId: anyId,
        before: null,
        after: { by: 'administrator' },
      },
    },
    deactivateAccount: {
      prepare: async () => ({
        who: 'coordination',
        options: write('deactivateAccount', (await colleague()).staffId, {}),
      }),
      expected: {
        action: 'account.deactivate',
        entityType: 'staff',
        entityId: own,
        before: { active: true },
        after: { active: false, sessionsEnded: 0 },
      },
    },
  };
}
