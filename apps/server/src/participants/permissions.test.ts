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
import { domainTestSupport, merged } from '../test-support/domains.js';
import {
  row,
  WHO,
  type Cell,
  type CellFixture,
  type Row,
  type Who,
} from '../test-support/permission-cells.js';
import { makeOpenSession } from '../attendance/test-support/factories.js';
import { makeActivity, makeSession } from '../activities/test-support/factories.js';
import {
  buildWorld,
  followedParticipant,
  VIEWERS,
  type Stage,
  type World,
} from '../test-support/world.js';

const ctx = useTestApp();

/** Every domain's test data (its test-support/index.ts), for every domain of the server's list. */
const DOMAIN_TEST_SUPPORT = await domainTestSupport();

/**
 * The status each viewer gets from each route: a row per route, each domain stating its own
 * (<domain>/test-support/permission-cells.ts; columns in the order of WHO, see test-support/world.ts).
 */
const MATRIX: Record<string, Row> = merged([
  { health: row(200, 200, 200, 200, 200, 200, 200, 200, 200) },
  ...DOMAIN_TEST_SUPPORT.map((domain) => domain.matrix),
]);

/** What the domains say of a route; the first test shows that they describe every route. */
function described<T>(all: Record<string, T>, name: RouteName): T {
  const value = all[name];
  if (value === undefined) throw new Error(`no domain describes ${name}`);
  return value;
}

/**
 * Not found = not allowed: where the actor may not know that a thing exists, the 404 carries the
 * same body as for an id that does not exist; a domain whose 404 has its own code says so.
 */
const NOT_FOUND_CODE: Record<string, string> = merged(
  DOMAIN_TEST_SUPPORT.map((domain) => domain.notFoundCodes),
);

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
const CELLS: Record<string, () => Promise<Cell>> = merged([
  { health: () => Promise.resolve({}) },
  ...DOMAIN_TEST_SUPPORT.map((domain) => domain.cells?.(cellFixture)),
]);

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

const ENDS_SESSION: RouteName[] = ['logout', 'signOutEverywhere'];

describe('permission matrix: every route × every role', () => {
  it('has a row for every route of the manifest, and a request for each', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(api).sort());
    expect(Object.keys(CELLS).sort()).toEqual(Object.keys(api).sort());
  });

  describe.each(Object.keys(MATRIX) as RouteName[])('%s', (name) => {
    it.each(WHO.map((who) => [who, described(MATRIX, name)[who]] as const))(
      '%s → %i',
      async (who, expected) => {
        const cell = await described(CELLS, name)();
        // Logging out (here or everywhere) ends the session: do it on a session of its own.
        const client =
          ENDS_SESSION.includes(name) && who !== 'anonymous'
            ? await loginAs(ctx.app, world.staff[who])
            : clients[who];
        const res = await client.request(injectOptions(name, cell));
        // Signing out everywhere ended the viewer's shared session too: the next routes get a new one.
        if (name === 'signOutEverywhere' && who !== 'anonymous')
          clients[who] = await loginAs(ctx.app, world.staff[who]);
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
      const cell = await described(CELLS, name)();
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
