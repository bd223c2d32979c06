import type { Cells } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): organisations and the staff directory. */
export function organisationCells(): Cells<
  'listOrganisations' | 'createOrganisation' | 'listStaff'
> {
  return {
    listOrganisations: () => Promise.resolve({}),
    createOrganisation: () =>
      Promise.resolve({ body: { name: 'Nouvelle structure', kind: 'partner_association' } }),
    listStaff: () => Promise.resolve({ query: { role: 'referent' } }),
  };
}
