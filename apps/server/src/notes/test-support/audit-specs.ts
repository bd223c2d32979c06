import { own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';

/** The audit test's expectations (audit/audit.test.ts) for notes. */
export function noteAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  return {
    createNote: {
      prepare: async () => {
        const p = await get().fresh();
        return {
          who: 'referent',
          options: write('createNote', p.id, { body: 'Secret', private: true }),
        };
      },
      expected: {
        action: 'note.create',
        entityType: 'note',
        entityId: own,
        before: null,
        after: { private: true },
      },
    },
  };
}
