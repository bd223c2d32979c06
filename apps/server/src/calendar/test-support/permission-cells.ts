import { createFeed } from '../feeds.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): agendas and calendar feeds. */
export function calendarCells(
  f: () => CellFixture,
): Cells<
  | 'bookableSessions'
  | 'organisationWeek'
  | 'participantAgenda'
  | 'myAgenda'
  | 'participantFeed'
  | 'createParticipantFeed'
  | 'revokeParticipantFeed'
  | 'organisationFeed'
  | 'createOrganisationFeed'
  | 'revokeOrganisationFeed'
  | 'calendarIcs'
> {
  return {
    bookableSessions: () => Promise.resolve({}),
    organisationWeek: () => Promise.resolve({ query: { start: f().today } }),
    participantAgenda: () => Promise.resolve({ params: { id: f().shared.id } }),
    myAgenda: () => Promise.resolve({}),
    participantFeed: () => Promise.resolve({ params: { id: f().shared.id } }),
    createParticipantFeed: () => Promise.resolve({ params: { id: f().shared.id } }),
    revokeParticipantFeed: () => Promise.resolve({ params: { id: f().shared.id } }),
    organisationFeed: () => Promise.resolve({ params: { id: f().world.partner } }),
    createOrganisationFeed: () => Promise.resolve({ params: { id: f().world.partner } }),
    revokeOrganisationFeed: () => Promise.resolve({ params: { id: f().world.partner } }),
    calendarIcs: async () => {
      const { url } = await createFeed(f().services, f().world.staff.referent, {
        participantId: f().shared.id,
      });
      return { params: { token: url.replace('/api/calendar/', '').replace('.ics', '') } };
    },
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const calendarMatrix: Matrix<keyof ReturnType<typeof calendarCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  bookableSessions:       row(401, 200,      200,        200,     200,    200,      403,      403,      200),
  organisationWeek:       row(401, 200,      200,        200,     200,    200,      403,      403,      200),
  participantAgenda:      row(401, 200,      200,        200,     404,    404,      404,      404,      404),
  participantFeed:        row(401, 200,      200,        200,     404,    404,      404,      404,      404),
  createParticipantFeed:  row(401, 201,      201,        201,     404,    404,      404,      404,      404),
  revokeParticipantFeed:  row(401, 200,      200,        200,     404,    404,      404,      404,      404),
  organisationFeed:       row(401, 200,      403,        403,     200,    200,      403,      403,      403),
  createOrganisationFeed: row(401, 201,     403,        403,     201,    201,      403,      403,      403),
  revokeOrganisationFeed: row(401, 200,     403,        403,     200,    200,      403,      403,      403),
  calendarIcs:            row(200, 200,      200,        200,     200,    200,      200,      200,      200),
  // The participant space takes a participant's session: a staff session is no login there.
  myAgenda:               row(401, 401,      401,        401,     401,    401,      401,      401,      401),
};
