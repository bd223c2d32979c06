import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';
import { incomingTransfer, propose } from './factories.js';

/**
 * Requests for the permission matrix (participants/permissions.test.ts): transfers. Files are
 * followed by the world's "following" organisation; its coordinateur sends, and receives the
 * transfers of files followed elsewhere.
 */
export function transferCells(
  f: () => CellFixture,
): Cells<
  | 'listTransfers'
  | 'participantTransfers'
  | 'proposeTransfer'
  | 'acceptTransfer'
  | 'refuseTransfer'
  | 'cancelTransfer'
> {
  const incoming = async () => {
    const { transfer } = await incomingTransfer(f().services, f().world.following);
    return { params: { id: transfer.id }, body: {} };
  };
  return {
    listTransfers: () => Promise.resolve({}),
    participantTransfers: () => Promise.resolve({ params: { id: f().shared.id } }),
    proposeTransfer: async () => {
      const p = await f().fresh('discovery');
      return { params: { id: p.id }, body: { organisationId: f().world.partner } };
    },
    acceptTransfer: incoming,
    refuseTransfer: incoming,
    cancelTransfer: async () => {
      const { world, services } = f();
      const p = await f().fresh('discovery');
      const transfer = await propose(services, world.staff.coordinator, p.id, world.partner);
      return { params: { id: transfer.id } };
    },
  };
}

// Transfers (ADR 0012): the following organisation's coordinateur proposes, the receiving one
// decides; whoever may not know of the transfer gets the 404 of a missing id.
// prettier-ignore
export const transferMatrix: Matrix<keyof ReturnType<typeof transferCells>> = {
  //                      anon coordination coordinator referent partner org_admin evaluator funder stranger
  listTransfers:        row(401, 200,       200,        403,     403,    403,      403,      403,      403),
  participantTransfers: row(401, 200,       200,        200,     404,    404,      404,      404,      404),
  proposeTransfer:      row(401, 201,       201,        403,     404,    404,      404,      404,      404),
  acceptTransfer:       row(401, 200,       200,        404,     404,    404,      404,      404,      404),
  refuseTransfer:       row(401, 200,       200,        404,     404,    404,      404,      404,      404),
  cancelTransfer:       row(401, 200,       200,        403,     404,    404,      404,      404,      404),
};
