import {
  AUDIT_NOW,
  own,
  write,
  type AuditFixture,
  type Spec,
} from '../../test-support/audit-specs.js';

/** The audit test's expectations (audit/audit.test.ts) for participants (creation, file, profile, team). */
export function participantAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  return {
    createParticipant: {
      prepare: () =>
        Promise.resolve({
          who: 'referent',
          options: write('createParticipant', '', {
            pseudonym: 'Héron',
            referralSource: 'rural_event',
            territory: 'rural_vallees_orne_odon',
          }),
        }),
      expected: {
        action: 'participant.create',
        entityType: 'participant',
        entityId: own,
        before: null,
        after: { pseudonym: 'Héron', phase: 'discovery' },
      },
    },
    updateParticipant: {
      prepare: async () => {
        const p = await get().fresh();
        return {
          who: 'referent',
          options: write('updateParticipant', p.id, { version: p.version, commune: 'Ifs' }),
        };
      },
      expected: {
        action: 'participant.update',
        entityType: 'participant',
        entityId: own,
        before: { commune: null },
        after: { commune: 'Ifs' },
      },
    },
    updateProfile: {
      prepare: async () => {
        const p = await get().fresh();
        return {
          who: 'referent',
          options: write('updateProfile', p.id, { version: p.version, consent: true, rqth: true }),
        };
      },
      expected: {
        action: 'participant.profile',
        entityType: 'participant',
        entityId: own,
        before: null,
        after: { rqth: true, consentRecordedAt: AUDIT_NOW.toISOString() },
      },
    },
    assignTeam: {
      prepare: async () => {
        const p = await get().fresh();
        return {
          who: 'referent',
          options: write('assignTeam', p.id, {
            version: p.version,
            role: 'coordinator',
            staffId: get().world.spareCoordinator.staffId,
            startOn: '2026-04-02',
          }),
        };
      },
      expected: {
        action: 'participant.team',
        entityType: 'participant',
        entityId: own,
        before: [],
        after: { role: 'coordinator', startOn: '2026-04-02' },
      },
    },
  };
}
