import type { AgendaEntry, MySession, TimelineEvent } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { makeOpenSession } from '../attendance/test-support/factories.js';
import { loginAs } from '../test-support/clients.js';
import { loginParticipant, type ParticipantClient } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';

const ctx = useTestApp();

let world: World;
let referent: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
});

async function participant(): Promise<ParticipantClient> {
  const person = await followedParticipant(ctx.services, world);
  return loginParticipant(ctx.app, person.id, referent);
}

const url = (sessionId: string) => `/api/me/sessions/${sessionId}`;

describe('the participant registers themself', () => {
  it('"Je m\'inscris" then "Je me désinscris", with the agenda and the timeline following', async () => {
    const me = await participant();
    const session = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      capacity: 2,
      title: 'Fablab',
    });
    const before = (await me.request({ method: 'GET', url: url(session.id) })).json<MySession>();
    expect(before).toMatchObject({
      registered: false,
      spotsLeft: 2,
      closedReason: null,
      place: 'Fablab du Chemin Vert, 12 rue des Ateliers, Caen',
    });
    const registered = await me.request({ method: 'POST', url: `${url(session.id)}/registration` });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json<MySession>()).toMatchObject({ registered: true, spotsLeft: 1 });
    const agenda = (await me.request({ method: 'GET', url: '/api/me/agenda' })).json<
      AgendaEntry[]
    >();
    expect(agenda.map((e) => e.activityTitle)).toEqual(['Fablab']);
    const again = await me.request({ method: 'POST', url: `${url(session.id)}/registration` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'registration.already_registered' } });
    const left = await me.request({ method: 'DELETE', url: `${url(session.id)}/registration` });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json<MySession>()).toMatchObject({ registered: false, spotsLeft: 2 });
    expect((await me.request({ method: 'GET', url: '/api/me/agenda' })).json()).toEqual([]);
    const timeline = (
      await referent.request({
        method: 'GET',
        url: `/api/participants/${me.participantId}/timeline`,
      })
    ).json<TimelineEvent[]>();
    expect(
      timeline
        .filter((e) => e.kind.startsWith('session_'))
        .map((e) => [e.kind, e.data.byParticipant]),
    ).toEqual([
      ['session_unregistered', true],
      ['session_registered', true],
    ]);
  });

  it('sees why a session is closed, and is refused there', async () => {
    const me = await participant();
    const past = await makeOpenSession(ctx.database.db, {
      startsAt: new Date(TEST_NOW.getTime() - 86_400_000),
    });
    const full = await makeOpenSession(ctx.database.db, { capacity: 0 });
    const cancelled = await makeOpenSession(ctx.database.db, { cancelled: true });
    for (const [session, reason, code] of [
      [past, 'in_past', 'session.in_past'],
      [full, 'full', 'session.full'],
      [cancelled, 'cancelled', 'session.cancelled'],
    ] as const) {
      expect((await me.request({ method: 'GET', url: url(session.id) })).json()).toMatchObject({
        closedReason: reason,
      });
      const res = await me.request({ method: 'POST', url: `${url(session.id)}/registration` });
      expect(res.json()).toMatchObject({ error: { code } });
    }
    const none = await me.request({ method: 'DELETE', url: `${url(full.id)}/registration` });
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ error: { code: 'registration.not_found' } });
  });

  it("never sees another participant's registrations", async () => {
    const [me, other] = [await participant(), await participant()];
    const session = await makeOpenSession(ctx.database.db, { organisationId: world.partner });
    await other.request({ method: 'POST', url: `${url(session.id)}/registration` });
    expect((await me.request({ method: 'GET', url: url(session.id) })).json()).toMatchObject({
      registered: false,
    });
    expect((await me.request({ method: 'GET', url: '/api/me/agenda' })).json()).toEqual([]);
    // My "désinscription" cannot touch theirs.
    expect(
      (await me.request({ method: 'DELETE', url: `${url(session.id)}/registration` })).statusCode,
    ).toBe(404);
    expect((await other.request({ method: 'GET', url: url(session.id) })).json()).toMatchObject({
      registered: true,
    });
  });

  it('writes need the participant CSRF token; a staff session is no participant session', async () => {
    const me = await participant();
    const session = await makeOpenSession(ctx.database.db);
    const bare = await ctx.app.inject({
      method: 'POST',
      url: `${url(session.id)}/registration`,
      headers: { cookie: `tp_participant=${me.cookie}` },
    });
    expect(bare.statusCode).toBe(403);
    expect((await referent.request({ method: 'GET', url: '/api/me/agenda' })).statusCode).toBe(401);
  });
});
