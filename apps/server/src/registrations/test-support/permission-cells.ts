import { registerToSession } from '../service.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

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

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const registrationMatrix: Matrix<keyof ReturnType<typeof registrationCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  registerToSession:  row(401, 201,      201,        201,     404,    404,      404,      404,      404),
  cancelRegistration: row(401, 200,      200,        200,     200,    200,      404,      404,      404),
  mySession:          row(401, 401,      401,        401,     401,    401,      401,      401,      401),
  registerMe:         row(401, 401,      401,        401,     401,    401,      401,      401,      401),
  unregisterMe:       row(401, 401,      401,        401,     401,    401,      401,      401,      401),
};
