import { expect } from 'vitest';
import { issueParticipantCard } from '../service.js';
import { anyId, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';

/** The audit test's expectations (audit/audit.test.ts) for participant cards. */
export function cardAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  return {
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
  };
}
