import { own, write, type AuditFixture, type Spec } from '../../test-support/audit-specs.js';
import { makeOrganisation } from '../../test-support/factories.js';

/** The audit test's expectations (audit/audit.test.ts) for organisations. */
export function organisationAuditSpecs(get: () => AuditFixture): Record<string, Spec> {
  return {
    updateOrganisation: {
      prepare: async () => {
        const organisation = await makeOrganisation(get().services.database.db, {
          name: 'Ancien nom',
        });
        return {
          who: 'coordination',
          options: write('updateOrganisation', organisation.id, {
            name: 'Service d’addictologie',
            kind: 'partner_association',
            sensitiveName: true,
            publicName: 'Structure de santé',
            siret: '73282932000074',
          }),
        };
      },
      expected: {
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: own,
        before: { name: 'Ancien nom', publicName: null },
        after: { sensitiveName: true, publicName: 'Structure de santé', siret: '73282932000074' },
      },
    },
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
