import { row, type Cells, type Matrix } from '../../test-support/permission-cells.js';

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

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const organisationMatrix: Matrix<keyof ReturnType<typeof organisationCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  listOrganisations:  row(401, 200,         200,        200,     200,    200,      200,      200,      200),
  createOrganisation: row(401, 201,         403,        403,     403,    403,      403,      403,      403),
  listStaff:          row(401, 200,         200,        200,     200,    200,      403,      403,      200),
};
