import type { CellFixture, Cells } from '../../test-support/permission-cells.js';
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
