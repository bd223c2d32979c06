import { own, write, type Spec } from '../../test-support/audit-specs.js';

/** The audit test's expectations (audit/audit.test.ts) for organisations. */
export function organisationAuditSpecs(): Record<string, Spec> {
  return {
    createOrganisation: {
      prepare: () =>
        Promise.resolve({
          who: 'coordination',
          options: write('createOrganisation', '', { name: 'Atelier Vélo', kind: 'company' }),
        }),
      expected: {
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: own,
        before: null,
        after: { name: 'Atelier Vélo', kind: 'company' },
      },
    },
  };
}
