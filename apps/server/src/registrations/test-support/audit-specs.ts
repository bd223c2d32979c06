import { expect } from 'vitest';
import { registerMe } from '../me.js';
import { registerToSession } from '../service.js';
import { makeOpenSession } from '../../attendance/test-support/factories.js';
import { anyId, own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { loginParticipant } from '../../test-support/participant-clients.js';

/** Sessions two days after the audit clock: open for registration. */
export function upcomingSession(f: AuditFixture) {
  return makeOpenSession(f.services.database.db, {
    organisationId: f.world.partner,
    startsAt: new Date(f.now.getTime() + 2 * 86_400_000),
  });
}

/** A participant registered by the référent to an upcoming session. */
export async function registeredParticipant(get: () => AuditFixture) {
  const p = await get().fresh();
  const session = await upcomingSession(get());
  const made = await registerToSession(get().services, get().world.staff.referent, session.id, {
    participantId: p.id,
  });
  return { p, session, made };
}

/** The audit test's expectations (audit/audit.test.ts) for registrations, by staff and by the participant. */
export function registrationAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  const upcoming = () => upcomingSession(get());
  const registered = () => registeredParticipant(get);
  const asParticipant = async () => {
    const p = await get().fresh();
    const client = await loginParticipant(get().app, p.id, get().clients.referent);
    return { p, as: { client, actorId: null } };
  };
  return {
    registerToSession: {
      prepare: async () => {
        const p = await get().fresh();
        const session = await upcoming();
        return {
          who: 'referent',
          options: write('registerToSession', session.id, { participantId: p.id }),
        };
      },
      expected: {
        action: 'registration.create',
        entityType: 'session_registration',
        entityId: own,
        before: null,
        after: { byParticipant: false },
      },
    },
    cancelRegistration: {
      prepare: async () => {
        const { made } = await registered();
        return { who: 'referent', options: write('cancelRegistration', made.id, {}) };
      },
      expected: {
        action: 'registration.cancel',
        entityType: 'session_registration',
        entityId: anyId,
        before: null,
        after: {},
      },
    },
    registerMe: {
      prepare: async () => {
        const me = await asParticipant();
        const session = await upcoming();
        return { who: 'referent', as: me.as, options: write('registerMe', session.id, {}) };
      },
      expected: {
        action: 'registration.create',
        entityType: 'session_registration',
        entityId: anyId,
        before: null,
        after: { byParticipant: true },
      },
    },
    unregisterMe: {
      prepare: async () => {
        const me = await asParticipant();
        const session = await upcoming();
        await registerMe(
          get().services,
          { participantId: me.p.id, pseudonym: me.p.pseudonym },
          session.id,
        );
        return { who: 'referent', as: me.as, options: write('unregisterMe', session.id, {}) };
      },
      expected: {
        action: 'registration.cancel',
        entityType: 'session_registration',
        entityId: anyId,
        before: null,
        after: { byParticipant: expect.any(String) as unknown },
      },
    },
  };
}
