import { api, type RouteContract, type RouteName } from '@territoires/contracts';
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeStaff } from '../test-support/factories.js';
import { fingerprint } from '../test-support/fingerprint.js';
import { loginParticipant, type ParticipantClient } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';

const ctx = useTestApp();

let world: World;
let referent: Client;
let phone: ParticipantClient;
let otherPhone: ParticipantClient;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
  const [mine, theirs] = [
    await followedParticipant(ctx.services, world),
    await followedParticipant(ctx.services, world),
  ];
  phone = await loginParticipant(ctx.app, mine.id, referent);
  otherPhone = await loginParticipant(ctx.app, theirs.id, referent);
});

const routes = (keep: (contract: RouteContract) => boolean): RouteName[] =>
  (Object.keys(api) as RouteName[]).filter((name) => keep(api[name]));

/** The route with every path parameter filled by a well-formed id: the session check comes first. */
const requestOf = (name: RouteName, headers: Record<string, string>): InjectOptions => ({
  method: api[name].method,
  url: api[name].path.replace(/:\w+/g, phone.participantId),
  headers,
  ...(api[name].method === 'GET' ? {} : { payload: {} }),
});

const STAFF_ROUTES = routes((c) => !c.public && c.audience !== 'participant');
const PARTICIPANT_WRITES = routes(
  (c) => !c.public && c.audience === 'participant' && c.method !== 'GET',
);

describe('a participant session never opens a staff route', () => {
  it.each(STAFF_ROUTES)('%s → 401 with the participant cookie and token', async (name) => {
    const res = await ctx.app.inject(
      requestOf(name, {
        cookie: `tp_participant=${phone.cookie}`,
        'x-csrf-token': phone.csrfToken,
      }),
    );
    expect(res.statusCode, res.body).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'auth.unauthenticated' } });
  });
});

describe('with both cookies, each route reads its own session', () => {
  const both = () => `tp_session=${referent.cookie}; tp_participant=${phone.cookie}`;

  it('answers /api/me as the participant and /api/auth/me as the staff member', async () => {
    const asParticipant = await ctx.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: both() },
    });
    expect(asParticipant.json()).toMatchObject({ participantId: phone.participantId });
    const asStaff = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: both() },
    });
    expect(asStaff.json()).toMatchObject({ user: { id: world.staff.referent.staffId } });
  });

  it("does not take one session's CSRF token for the other's", async () => {
    const before = await fingerprint(ctx.database.db);
    const staffWrite = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${phone.participantId}/notes`,
      headers: { cookie: both(), 'x-csrf-token': phone.csrfToken },
      payload: { body: 'Écrit avec le mauvais jeton' },
    });
    expect(staffWrite.statusCode).toBe(403);
    const participantWrite = await ctx.app.inject({
      method: 'POST',
      url: '/api/me/sign-out',
      headers: { cookie: both(), 'x-csrf-token': referent.csrfToken },
    });
    expect(participantWrite.statusCode).toBe(403);
    for (const res of [staffWrite, participantWrite])
      expect(res.json()).toMatchObject({ error: { code: 'auth.csrf_invalid' } });
    expect(await fingerprint(ctx.database.db)).toEqual(before);
  });
});

describe('CSRF: a participant session without its token cannot write', () => {
  it('covers the participant-space writes', () => {
    expect(PARTICIPANT_WRITES).toContain('participantSignOut');
  });

  it.each(PARTICIPANT_WRITES)('%s without the token → 403, nothing written', async (name) => {
    const before = await fingerprint(ctx.database.db);
    const cookie = `tp_participant=${phone.cookie}`;
    const attempts: Record<string, string>[] = [
      { cookie },
      { cookie, 'x-csrf-token': otherPhone.csrfToken },
    ];
    for (const headers of attempts) {
      const res = await ctx.app.inject(requestOf(name, headers));
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'auth.csrf_invalid' } });
    }
    expect(await fingerprint(ctx.database.db)).toEqual(before);
  });
});

describe('who may issue a code', () => {
  it('not a référent of the same organisation who is not on the follow-up team', async () => {
    const colleague = await makeStaff(ctx.database.db, {
      role: 'referent',
      organisationId: world.following,
    });
    const client = await loginAs(ctx.app, colleague);
    for (const path of ['sign-in-code', 'sign-out-everywhere']) {
      const res = await client.request({
        method: 'POST',
        url: `/api/participants/${phone.participantId}/${path}`,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'auth.forbidden' } });
    }
  });

  it('a participant cannot issue codes, even for themself', async () => {
    const res = await phone.request({
      method: 'POST',
      url: `/api/participants/${phone.participantId}/sign-in-code`,
    });
    expect(res.statusCode).toBe(401);
  });
});
