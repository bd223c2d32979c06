import { registerToSession } from '../service.js';
import type { CellFixture, Cells } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): registrations. */
export function registrationCells(
  f: () => CellFixture,
): Cells<'registerToSession' | 'cancelRegistration' | 'mySession' | 'registerMe' | 'unregisterMe'> {
  return {
    registerToSession: async () => {
      const p = await f().fresh('discovery');
      return { params: { id: (await f().partnerSession()).id }, body: { participantId: p.id } };
    },
    cancelRegistration: async () => {
      const p = await f().fresh('discovery');
      const session = await f().partnerSession();
      const made = await registerToSession(f().services, f().world.staff.referent, session.id, {
        participantId: p.id,
      });
      return { params: { id: made.id } };
    },
    mySession: async () => ({ params: { id: (await f().partnerSession()).id } }),
    registerMe: async () => ({ params: { id: (await f().partnerSession()).id } }),
    unregisterMe: async () => ({ params: { id: (await f().partnerSession()).id } }),
  };
}
