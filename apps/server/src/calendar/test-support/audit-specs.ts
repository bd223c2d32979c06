import { expect } from 'vitest';
import { createFeed } from '../feeds.js';
import { anyId, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { makeOrganisation } from '../../test-support/factories.js';

/** The audit test's expectations (audit/audit.test.ts) for calendar feeds. */
export function calendarAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  return {
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
  };
}
