import { makeActivity, makeSession } from './factories.js';
import {
  row,
  type CellFixture,
  type Cells,
  type Matrix,
} from '../../test-support/permission-cells.js';

/** Requests for the permission matrix (participants/permissions.test.ts): the catalogue. */
export function activityCells(
  f: () => CellFixture,
): Cells<
  | 'searchCatalogue'
  | 'myCatalogue'
  | 'exportCatalogue'
  | 'importCatalogue'
  | 'createActivity'
  | 'getActivity'
  | 'updateActivity'
  | 'archiveActivity'
  | 'listActivitySessions'
  | 'createSession'
  | 'createSeries'
  | 'getSession'
  | 'updateSession'
  | 'cancelSession'
> {
  return {
    searchCatalogue: () => Promise.resolve({ query: { kind: 'fablab' } }),
    myCatalogue: () => Promise.resolve({}),
    exportCatalogue: () => Promise.resolve({}),
    importCatalogue: () => Promise.resolve({ body: { structures: [], services: [] } }),
    createActivity: () =>
      Promise.resolve({
        body: { organisationId: f().world.partner, title: 'Fablab', kind: 'fablab' },
      }),
    getActivity: () => Promise.resolve({ params: { id: f().sharedActivity } }),
    updateActivity: async () => {
      const a = await makeActivity(f().services.database.db, { organisationId: f().world.partner });
      return { params: { id: a.id }, body: { version: a.version, title: 'Fablab du mardi' } };
    },
    archiveActivity: async () => {
      const a = await makeActivity(f().services.database.db, { organisationId: f().world.partner });
      return { params: { id: a.id }, body: { version: a.version } };
    },
    listActivitySessions: () => Promise.resolve({ params: { id: f().sharedActivity } }),
    createSession: () =>
      Promise.resolve({
        params: { id: f().sharedActivity },
        body: { date: '2026-03-20', startTime: '14:00', endTime: '16:00', capacity: 8 },
      }),
    createSeries: () =>
      Promise.resolve({
        params: { id: f().sharedActivity },
        body: {
          weekday: 2,
          startTime: '14:00',
          durationMinutes: 120,
          firstOn: '2026-03-16',
          lastOn: '2026-04-06',
          capacity: 8,
        },
      }),
    getSession: () => Promise.resolve({ params: { id: f().sharedSession } }),
    updateSession: async () => {
      const s = await makeSession(f().services.database.db, { activityId: f().sharedActivity });
      return { params: { id: s.id }, body: { version: s.version, capacity: 12 } };
    },
    cancelSession: async () => {
      const s = await makeSession(f().services.database.db, { activityId: f().sharedActivity });
      return { params: { id: s.id }, body: { version: s.version } };
    },
  };
}

/** Expected statuses in the permission matrix (participants/permissions.test.ts), a column per viewer. */
// prettier-ignore
export const activityMatrix: Matrix<keyof ReturnType<typeof activityCells>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator funder stranger
  searchCatalogue:      row(401, 200,         200,        200,     200,    200,      200,      200,      200),
  myCatalogue:          row(401, 401,         401,        401,     401,    401,      401,      401,      401),
  exportCatalogue:      row(401, 200,         200,        200,     200,    200,      200,      200,      200),
  importCatalogue:      row(401, 200,         403,        403,     403,    200,      403,      403,      403),
  createActivity:       row(401, 201,         403,        403,     201,    201,      403,      403,      403),
  getActivity:          row(401, 200,         200,        200,     200,    200,      200,      200,      200),
  updateActivity:       row(401, 200,         403,        403,     200,    200,      403,      403,      403),
  archiveActivity:      row(401, 200,         403,        403,     200,    200,      403,      403,      403),
  listActivitySessions: row(401, 200,       200,        200,     200,    200,      200,      200,      200),
  createSession:        row(401, 201,         403,        403,     201,    201,      403,      403,      403),
  createSeries:         row(401, 201,         403,        403,     201,    201,      403,      403,      403),
  getSession:           row(401, 200,         200,        200,     200,    200,      200,      200,      200),
  updateSession:        row(401, 200,         403,        403,     200,    200,      403,      403,      403),
  cancelSession:        row(401, 200,         403,        403,     200,    200,      403,      403,      403),
};
