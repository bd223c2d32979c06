import { randomUUID } from 'node:crypto';
import { registerToSession } from '../../registrations/index.js';
import { TEST_NOW } from '../../test-support/app.js';
import type { CellFixture, Cells } from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): attendance. */
export function attendanceCells(f: () => CellFixture): Cells<'sessionRoster' | 'syncAttendance'> {
  return {
    sessionRoster: async () => ({ params: { id: (await f().partnerSession()).id } }),
    syncAttendance: async () => {
      const session = await f().partnerSession();
      const guest = await registerToSession(
        f().services,
        f().world.staff.partner_staff,
        session.id,
        {
          guestName: 'Invité',
        },
      );
      const scan = {
        clientId: randomUUID(),
        sessionId: session.id,
        registrationId: guest.id,
        recordedAt: TEST_NOW.toISOString(),
      };
      return { body: { scans: [scan] } };
    },
  };
}
