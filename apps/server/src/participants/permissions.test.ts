import {
  api,
  type ParticipantDetail,
  type RouteContract,
  type RouteName,
} from '@territoires/contracts';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { anonymousClient, loginAs } from '../test-support/clients.js';
import { fingerprint } from '../test-support/fingerprint.js';
import type { Cell, CellFixture } from '../test-support/permission-cells.js';
import { activityCells } from '../activities/test-support/permission-cells.js';
import { alertCells } from '../alerts/test-support/permission-cells.js';
import { attendanceCells } from '../attendance/test-support/permission-cells.js';
import { makeOpenSession } from '../attendance/test-support/factories.js';
import { authCells } from '../auth/test-support/permission-cells.js';
import { calendarCells } from '../calendar/test-support/permission-cells.js';
import { cardCells } from '../cards/test-support/permission-cells.js';
import { experienceCells } from '../experiences/test-support/permission-cells.js';
import { noteCells } from '../notes/test-support/permission-cells.js';
import { organisationCells } from '../organisations/test-support/permission-cells.js';
import { participantSpaceCells } from '../participant-space/test-support/permission-cells.js';
import { pathwayCells } from '../pathway/test-support/permission-cells.js';
import { registrationCells } from '../registrations/test-support/permission-cells.js';
import { transferCells } from '../transfers/test-support/permission-cells.js';
import { makeActivity, makeSession } from '../activities/test-support/factories.js';
import { participantCells } from './test-support/permission-cells.js';
import {
  buildWorld,
  followedParticipant,
  VIEWERS,
  type Stage,
  type Viewer,
  type World,
} from '../test-support/world.js';

const ctx = useTestApp();

type Who = 'anonymous' | Viewer;
const WHO: readonly Who[] = ['anonymous', ...VIEWERS];

/** One row per route; columns in the order of WHO (see test-support/world.ts for who is who). */
const row = (...statuses: number[]): Record<Who, number> => {
  if (statuses.length !== WHO.length) throw new Error('one status per column');
  return Object.fromEntries(WHO.map((who, i) => [who, statuses[i]])) as Record<Who, number>;
};

// prettier-ignore
const MATRIX: Record<RouteName, Record<Who, number>> = {
  //                     anon coordination coordinator referent partner org_admin evaluator stranger
  health:             row(200, 200,         200,        200,     200,    200,      200,      200),
  login:              row(200, 200,         200,        200,     200,    200,      200,      200),
  logout:             row(401, 200,         200,        200,     200,    200,      200,      200),
  me:                 row(401, 200,         200,        200,     200,    200,      200,      200),
  listOrganisations:  row(401, 200,         200,        200,     200,    200,      200,      200),
  createOrganisation: row(401, 201,         403,        403,     403,    403,      403,      403),
  listStaff:          row(401, 200,         200,        200,     200,    200,      403,      200),
  listParticipants:   row(401, 200,         200,        200,     403,    403,      403,      200),
  createParticipant:  row(401, 201,         201,        201,     403,    403,      403,      201),
  getParticipant:     row(401, 200,         200,        200,     404,    404,      404,      404),
  updateParticipant:  row(401, 200,         200,        200,     404,    404,      404,      404),
  changePhase:        row(401, 200,         200,        200,     404,    404,      404,      404),
  updateProfile:      row(401, 200,         200,        200,     404,    404,      404,      404),
  assignTeam:         row(401, 200,         403,        200,     404,    404,      404,      404),
  timeline:           row(401, 200,         200,        200,     404,    404,      404,      404),
  signContract:       row(401, 201,         201,        201,     404,    404,      404,      404),
  amendContract:      row(401, 200,         200,        200,     404,    404,      404,      404),
  recordExit:         row(401, 201,         201,        201,     404,    404,      404,      404),
  listNotes:          row(401, 200,         200,        200,     404,    404,      404,      404),
  createNote:         row(401, 201,         201,        201,     404,    404,      404,      404),
  listAlerts:         row(401, 200,         200,        200,     403,    403,      403,      200),
  // Experiences, reflexivity times and their files: the participant's follow-up team and coordination only.
  listExperiences:    row(401, 200,         403,        200,     404,    404,      404,      404),
  createExperience:   row(401, 201,         403,        201,     404,    404,      404,      404),
  experienceSources:  row(401, 200,         403,        200,     404,    404,      404,      404),
  updateExperience:   row(401, 200,         403,        200,     404,    404,      404,      404),
  uploadEvidence:     row(401, 201,         403,        201,     404,    404,      404,      404),
  downloadEvidence:   row(401, 200,         403,        200,     404,    404,      404,      404),
  listReflections:    row(401, 200,         403,        200,     404,    404,      404,      404),
  createReflection:   row(401, 201,         403,        201,     404,    404,      404,      404),
  updateReflection:   row(401, 200,         403,        200,     404,    404,      404,      404),
  // The participant's own space: a staff session is no participant session.
  listMyExperiences:  row(401, 401,         401,        401,     401,    401,      401,      401),
  createMyExperience: row(401, 401,         401,        401,     401,    401,      401,      401),
  uploadMyEvidence:   row(401, 401,         401,        401,     401,    401,      401,      401),
  downloadMyEvidence: row(401, 401,         401,        401,     401,    401,      401,      401),
  listMyReflections:  row(401, 401,         401,        401,     401,    401,      401,      401),
  startMyReflection:  row(401, 401,         401,        401,     401,    401,      401,      401),
  getMyReflection:    row(401, 401,         401,        401,     401,    401,      401,      401),
  writeMyReflection:  row(401, 401,         401,        401,     401,    401,      401,      401),
  // Attendance: sessions belong to the partner organisation; the file's circle registers participants.
  sessionRoster:         row(401, 200,      403,        403,     200,    200,      403,      403),
  registerToSession:     row(401, 201,      201,        201,     404,    404,      404,      404),
  cancelRegistration:    row(401, 200,      200,        200,     200,    200,      404,      404),
  // Each scan is answered on its own (auth.forbidden per item): the call itself succeeds.
  syncAttendance:        row(401, 200,      200,        200,     200,    200,      200,      200),
  bookableSessions:      row(401, 200,      200,        200,     200,    200,      403,      200),
  organisationWeek:      row(401, 200,      200,        200,     200,    200,      403,      200),
  participantAgenda:     row(401, 200,      200,        200,     404,    404,      404,      404),
  participantCard:       row(401, 200,      200,        200,     404,    404,      404,      404),
  issueParticipantCard:  row(401, 201,      201,        201,     404,    404,      404,      404),
  revokeParticipantCard: row(401, 200,      200,        200,     404,    404,      404,      404),
  participantFeed:       row(401, 200,      200,        200,     404,    404,      404,      404),
  createParticipantFeed: row(401, 201,      201,        201,     404,    404,      404,      404),
  revokeParticipantFeed: row(401, 200,      200,        200,     404,    404,      404,      404),
  organisationFeed:      row(401, 200,      403,        403,     200,    200,      403,      403),
  createOrganisationFeed: row(401, 201,     403,        403,     201,    201,      403,      403),
  revokeOrganisationFeed: row(401, 200,     403,        403,     200,    200,      403,      403),
  calendarIcs:           row(200, 200,      200,        200,     200,    200,      200,      200),
  // The participant space takes a participant's session: a staff session is no login there.
  myAgenda:              row(401, 401,      401,        401,     401,    401,      401,      401),
  mySession:             row(401, 401,      401,        401,     401,    401,      401,      401),
  registerMe:            row(401, 401,      401,        401,     401,    401,      401,      401),
  unregisterMe:          row(401, 401,      401,        401,     401,    401,      401,      401),
  // Issuing a way into the participant's space: the follow-up team and coordination only.
  issueSignInCode:    row(401, 201,         403,        201,     404,    404,      404,      404),
  signOutParticipantEverywhere:
                      row(401, 200,         403,        200,     404,    404,      404,      404),
  // The participant space's own routes: a staff session never opens them (sign-in is public).
  participantSignIn:  row(200, 200,         200,        200,     200,    200,      200,      200),
  participantMe:      row(401, 401,         401,        401,     401,    401,      401,      401),
  participantSignOut: row(401, 401,         401,        401,     401,    401,      401,      401),
  searchCatalogue:    row(401, 200,         200,        200,     200,    200,      200,      200),
  myCatalogue:        row(401, 401,         401,        401,     401,    401,      401,      401),
  exportCatalogue:    row(401, 200,         200,        200,     200,    200,      200,      200),
  importCatalogue:    row(401, 200,         403,        403,     403,    200,      403,      403),
  createActivity:     row(401, 201,         403,        403,     201,    201,      403,      403),
  getActivity:        row(401, 200,         200,        200,     200,    200,      200,      200),
  updateActivity:     row(401, 200,         403,        403,     200,    200,      403,      403),
  archiveActivity:    row(401, 200,         403,        403,     200,    200,      403,      403),
  listActivitySessions: row(401, 200,       200,        200,     200,    200,      200,      200),
  createSession:      row(401, 201,         403,        403,     201,    201,      403,      403),
  createSeries:       row(401, 201,         403,        403,     201,    201,      403,      403),
  getSession:         row(401, 200,         200,        200,     200,    200,      200,      200),
  updateSession:      row(401, 200,         403,        403,     200,    200,      403,      403),
  cancelSession:      row(401, 200,         403,        403,     200,    200,      403,      403),
  // Transfers (ADR 0012): the following organisation's coordinateur proposes, the receiving one
  // decides; whoever may not know of the transfer gets the 404 of a missing id.
  listTransfers:        row(401, 200,       200,        403,     403,    403,      403,      403),
  participantTransfers: row(401, 200,       200,        200,     404,    404,      404,      404),
  proposeTransfer:      row(401, 201,       201,        403,     404,    404,      404,      404),
  acceptTransfer:       row(401, 200,       200,        404,     404,    404,      404,      404),
  refuseTransfer:       row(401, 200,       200,        404,     404,    404,      404,      404),
  cancelTransfer:       row(401, 200,       200,        403,     404,    404,      404,      404),
};

/**
 * Not found = not allowed: where the actor may not know that a thing exists, the 404 carries the
 * same body as for an id that does not exist; for a registration that body is its own code.
 */
const NOT_FOUND_CODE: Partial<Record<RouteName, string>> = {
  cancelRegistration: 'registration.not_found',
};

const ERROR_CODE: Record<number, string> = {
  401: 'auth.unauthenticated',
  403: 'auth.forbidden',
  404: 'resource.not_found',
};

let world: World;
let clients: Record<Who, Client>;
/** A participant shared by the read-only routes: followed, with a contract, a profile and notes. */
let shared: ParticipantDetail;
/** An activity of the partner organisation, with one session, for the catalogue routes. */
let sharedActivity: string;
let sharedSession: string;

const fresh = (stage: Stage) => followedParticipant(ctx.services, world, stage);
const today = TEST_NOW.toISOString().slice(0, 10);
const partnerSession = () => makeOpenSession(ctx.database.db, { organisationId: world.partner });

const cellFixture = (): CellFixture => ({
  services: ctx.services,
  world,
  shared,
  sharedActivity,
  sharedSession,
  fresh,
  partnerSession,
  today,
});

/** A request that the route would accept from someone allowed; writes get a participant of their own. */
const CELLS: Record<RouteName, () => Promise<Cell>> = {
  health: () => Promise.resolve({}),
  ...authCells(cellFixture),
  ...organisationCells(),
  ...participantCells(cellFixture),
  ...pathwayCells(cellFixture),
  ...noteCells(cellFixture),
  ...alertCells(),
  ...experienceCells(() => ({ services: ctx.services, world, participantId: shared.id })),
  ...attendanceCells(cellFixture),
  ...registrationCells(cellFixture),
  ...calendarCells(cellFixture),
  ...cardCells(cellFixture),
  ...participantSpaceCells(cellFixture),
  ...activityCells(cellFixture),
  ...transferCells(cellFixture),
};

function injectOptions(name: RouteName, cell: Cell): InjectOptions {
  const contract = api[name];
  const url = contract.path
    .replace(':id', cell.params?.id ?? '')
    .replace(':contractId', cell.params?.contractId ?? '')
    .replace(':token', cell.params?.token ?? '');
  return {
    method: contract.method,
    url,
    ...(cell.query ? { query: cell.query } : {}),
    ...(cell.body !== undefined ? { payload: cell.body as object } : {}),
    ...(cell.raw ?? {}),
  };
}

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  const entries = await Promise.all(
    VIEWERS.map(async (who) => [who, await loginAs(ctx.app, world.staff[who])] as const),
  );
  clients = { anonymous: anonymousClient(ctx.app), ...Object.fromEntries(entries) } as Record<
    Who,
    Client
  >;
  shared = await fresh('contract');
  sharedActivity = (await makeActivity(ctx.database.db, { organisationId: world.partner })).id;
  sharedSession = (await makeSession(ctx.database.db, { activityId: sharedActivity })).id;
  const referent = clients.referent;
  const profile = await referent.request({
    method: 'PUT',
    url: `/api/participants/${shared.id}/profile`,
    payload: {
      version: shared.version,
      consent: true,
      sex: 'male',
      qualificationLevel: 'infra_3',
      rsa: true,
      rqth: true,
      refugee: false,
    },
  });
  expect(profile.statusCode).toBe(200);
  shared = profile.json<ParticipantDetail>();
  for (const [client, body] of [
    [referent, { body: 'Note privée du référent', private: true }],
    [clients.coordinator, { body: 'Note partagée', private: false }],
  ] as const) {
    const note = await client.request({
      method: 'POST',
      url: `/api/participants/${shared.id}/notes`,
      payload: body,
    });
    expect(note.statusCode).toBe(201);
  }
});

describe('permission matrix: every route × every role', () => {
  it('has a row for every route of the manifest, and a request for each', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(api).sort());
    expect(Object.keys(CELLS).sort()).toEqual(Object.keys(api).sort());
  });

  describe.each(Object.keys(MATRIX) as RouteName[])('%s', (name) => {
    it.each(WHO.map((who) => [who, MATRIX[name][who]] as const))(
      '%s → %i',
      async (who, expected) => {
        const cell = await CELLS[name]();
        // Logging out ends the session: do it on a session of its own.
        const client =
          name === 'logout' && who !== 'anonymous'
            ? await loginAs(ctx.app, world.staff[who])
            : clients[who];
        const res = await client.request(injectOptions(name, cell));
        expect(res.statusCode, res.body).toBe(expected);
        const code = (expected === 404 ? NOT_FOUND_CODE[name] : undefined) ?? ERROR_CODE[expected];
        if (code) expect(res.json()).toMatchObject({ error: { code } });
      },
    );
  });
});

// Login is public: logging in again over an old session needs no token from that session.
// Participant-space routes ignore staff sessions: their CSRF is tested in participant-space/.
const WRITES = (Object.keys(api) as RouteName[]).filter((name) => {
  const contract: RouteContract = api[name];
  return contract.method !== 'GET' && !contract.public && contract.audience !== 'participant';
});

describe('CSRF: a session without its token cannot write', () => {
  it('covers every write of the manifest', () => {
    expect(WRITES.length).toBeGreaterThan(10);
  });

  it.each(WRITES)(
    '%s without the header → 403 auth.csrf_invalid, nothing written',
    async (name) => {
      const cell = await CELLS[name]();
      const before = await fingerprint(ctx.database.db);
      const options = injectOptions(name, cell);
      const client = clients.referent;
      const missing = await ctx.app.inject({
        ...options,
        headers: { ...options.headers, cookie: `tp_session=${client.cookie}` },
      });
      expect(missing.statusCode).toBe(403);
      expect(missing.json()).toMatchObject({ error: { code: 'auth.csrf_invalid' } });
      // Another session's token is as good as none.
      const foreign = await ctx.app.inject({
        ...options,
        headers: {
          ...options.headers,
          cookie: `tp_session=${client.cookie}`,
          'x-csrf-token': clients.coordinator.csrfToken,
        },
      });
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json()).toMatchObject({ error: { code: 'auth.csrf_invalid' } });
      expect(await fingerprint(ctx.database.db)).toEqual(before);
    },
  );
});
