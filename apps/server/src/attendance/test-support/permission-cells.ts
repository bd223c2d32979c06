import { randomUUID } from 'node:crypto';
import { registerToSession } from '../../registrations/index.js';
import { makeMark } from './factories.js';
import { TEST_NOW } from '../../test-support/app.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): attendance. */
export function attendanceCells(
  f: () => CellFixture,
): Cells<'sessionRoster' | 'syncAttendance' | 'correctAttendance' | 'participantAttendance'> {
  return {
    correctAttendance: async () => {
      const session = await f().partnerSession();
      const partner = f().world.staff.partner_staff;
      const guest = await registerToSession(f().services, partner, session.id, {
        guestName: 'Invitée',
      });
      const id = await makeMark(f().services.database.db, {
        sessionId: session.id,
        registrationId: guest.id,
        recordedById: partner.staffId,
      });
      return { params: { id }, body: { status: 'late' } };
    },
    participantAttendance: () => Promise.resolve({ params: { id: f().shared.id } }),
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

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const attendanceMatrix: Matrix<keyof ReturnType<typeof attendanceCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  // Attendance: sessions belong to the partner organisation; the file's circle registers participants.
  sessionRoster:      row(401, 200,      403,        403,     200,    200,      403,      403,      403),
  // Each scan is answered on its own (auth.forbidden per item): the call itself succeeds.
  syncAttendance:     row(401, 200,      200,        200,     200,    200,      200,      200,      200),
  // Who marked (here the partner) or their organisation's admin; other organisations do not see the mark.
  correctAttendance:  row(401, 403,      404,        404,     200,    200,      404,      404,      404),
  // The file's circle, like the file itself.
  participantAttendance: row(401, 200,   200,        200,     404,    404,      404,      404,      404),
};
