import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { createFeed } from '../../calendar/feeds.js';
import { issueParticipantCard } from '../../cards/service.js';
import { registerMe } from '../../registrations/me.js';
import { registerToSession } from '../../registrations/service.js';
import { makeOpenSession } from './factories.js';
import { own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { makeOrganisation } from '../../test-support/factories.js';
import { loginParticipant } from '../../test-support/participant-clients.js';

/** Sessions two days after the audit clock: open for registration. */
function upcomingSession(f: AuditFixture) {
  return makeOpenSession(f.services.database.db, {
    organisationId: f.world.partner,
    startsAt: new Date(f.now.getTime() + 2 * 86_400_000),
  });
}
function anyId(): unknown {
  return expect.any(String) as unknown;
}

/** The audit test's expectations for registrations, attendance, cards and calendar feeds. */
export function attendanceAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  const upcoming = () => upcomingSession(get());
  const registered = async () => {
    const p = await get().fresh();
    const session = await upcoming();
    const made = await registerToSession(get().services, get().world.staff.referent, session.id, {
      participantId: p.id,
    });
    return { p, session, made };
  };
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
    syncAttendance: {
      prepare: async () => {
        const { session, made } = await registered();
        const scan = {
          clientId: randomUUID(),
          sessionId: session.id,
          registrationId: made.id,
          recordedAt: get().now.toISOString(),
        };
        return { who: 'coordination', options: write('syncAttendance', '', { scans: [scan] }) };
      },
      expected: {
        action: 'attendance.record',
        entityType: 'attendance',
        entityId: anyId,
        before: null,
        after: { method: 'roster', walkIn: false },
      },
    },
    issueParticipantCard: {
      prepare: async () => {
        const p = await get().fresh();
        return { who: 'referent', options: write('issueParticipantCard', p.id, {}) };
      },
      expected: {
        action: 'card.issue',
        entityType: 'participant_card',
        entityId: anyId,
        before: null,
        after: { participantId: expect.any(String) as unknown },
      },
    },
    revokeParticipantCard: {
      prepare: async () => {
        const p = await get().fresh();
        await issueParticipantCard(get().services, get().world.staff.referent, p.id);
        return { who: 'referent', options: write('revokeParticipantCard', p.id, {}) };
      },
      expected: {
        action: 'card.revoke',
        entityType: 'participant_card',
        entityId: anyId,
        before: null,
        after: {},
      },
    },
    createParticipantFeed: {
      prepare: async () => {
        const p = await get().fresh();
        return { who: 'referent', options: write('createParticipantFeed', p.id, {}) };
      },
      expected: {
        action: 'calendar_feed.create',
        entityType: 'calendar_feed',
        entityId: anyId,
        before: null,
        after: { participantId: expect.any(String) as unknown },
      },
    },
    revokeParticipantFeed: {
      prepare: async () => {
        const p = await get().fresh();
        await createFeed(get().services, get().world.staff.referent, { participantId: p.id });
        return { who: 'referent', options: write('revokeParticipantFeed', p.id, {}) };
      },
      expected: {
        action: 'calendar_feed.revoke',
        entityType: 'calendar_feed',
        entityId: anyId,
        before: null,
        after: {},
      },
    },
    createOrganisationFeed: {
      prepare: async () => {
        const org = await makeOrganisation(get().services.database.db);
        return { who: 'coordination', options: write('createOrganisationFeed', org.id, {}) };
      },
      expected: {
        action: 'calendar_feed.create',
        entityType: 'calendar_feed',
        entityId: anyId,
        before: null,
        after: { organisationId: expect.any(String) as unknown },
      },
    },
    revokeOrganisationFeed: {
      prepare: async () => {
        const org = await makeOrganisation(get().services.database.db);
        await createFeed(get().services, get().world.staff.coordination, {
          organisationId: org.id,
        });
        return { who: 'coordination', options: write('revokeOrganisationFeed', org.id, {}) };
      },
      expected: {
        action: 'calendar_feed.revoke',
        entityType: 'calendar_feed',
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
