import { makeOrganisation } from '../../test-support/factories.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): organisations and the staff directory. */
export function organisationCells(
  f: () => CellFixture,
): Cells<'listOrganisations' | 'createOrganisation' | 'updateOrganisation' | 'listStaff'> {
  return {
    listOrganisations: () => Promise.resolve({}),
    createOrganisation: () =>
      Promise.resolve({ body: { name: 'Nouvelle structure', kind: 'partner_association' } }),
    updateOrganisation: async () => ({
      params: { id: (await makeOrganisation(f().services.database.db)).id },
      body: { name: 'Structure renommée', kind: 'company', siret: '732 829 320 00074' },
    }),
    listStaff: () => Promise.resolve({ query: { role: 'referent' } }),
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const organisationMatrix: Matrix<keyof ReturnType<typeof organisationCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  listOrganisations:  row(401, 200,         200,        200,     200,    200,      200,      200,      200),
  createOrganisation: row(401, 201,         403,        403,     403,    403,      403,      403,      403),
  updateOrganisation: row(401, 200,         403,        403,     403,    403,      403,      403,      403),
  listStaff:          row(401, 200,         200,        200,     200,    200,      403,      403,      200),
};
