import type { Registration, Roster, ScanResult, TimelineEvent } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { attendances } from '../db/schema.js';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { makeCard, makeOpenSession } from './test-support/factories.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';

const ctx = useTestApp();

let world: World;
let referent: Client;
let partner: Client;
let orgAdmin: Client;
let stranger: Client;
let evaluator: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  [referent, partner, orgAdmin, stranger, evaluator] = await Promise.all([
    loginAs(ctx.app, world.staff.referent),
    loginAs(ctx.app, world.staff.partner_staff),
    loginAs(ctx.app, world.staff.org_admin),
    loginAs(ctx.app, world.staff.stranger),
    loginAs(ctx.app, world.staff.evaluator),
  ]);
});

const scan = (sessionId: string, what: { registrationId: string } | { cardCode: string }) => ({
  clientId: randomUUID(),
  sessionId,
  recordedAt: TEST_NOW.toISOString(),
  ...what,
});

const sync = async (client: Client, scans: object[]) => {
  const res = await client.request({
    method: 'POST',
    url: '/api/attendance/sync',
    payload: { scans },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ results: ScanResult[] }>().results;
};

const roster = async (client: Client, sessionId: string) =>
  client.request({ method: 'GET', url: `/api/sessions/${sessionId}/roster` });

/** A partner session with a participant (pseudonym) and a guest (name) registered. */
async function setting() {
  const session = await makeOpenSession(ctx.database.db, { organisationId: world.partner });
  const person = await followedParticipant(ctx.services, world);
  const mine = await referent.request({
    method: 'POST',
    url: `/api/sessions/${session.id}/registrations`,
    payload: { participantId: person.id },
  });
  const guest = await partner.request({
    method: 'POST',
    url: `/api/sessions/${session.id}/registrations`,
    payload: { guestName: 'Zoé Invitée' },
  });
  return {
    session,
    person,
    registration: mine.json<Registration>(),
    guest: guest.json<Registration>(),
  };
}

describe('roster', () => {
  it('mixes participants and guests sorted by name, with nothing telling them apart', async () => {
    const { session, person } = await setting();
    const res = await roster(partner, session.id);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Roster>();
    expect(body.entries.map((e) => e.name)).toEqual(
      [person.pseudonym, 'Zoé Invitée'].sort((a, b) => a.localeCompare(b, 'fr')),
    );
    for (const entry of body.entries)
      expect(Object.keys(entry).sort()).toEqual([
        'attendanceId',
        'mayCorrect',
        'name',
        'present',
        'registrationId',
        'status',
      ]);
    expect(body.session).toMatchObject({ id: session.id, registeredCount: 2 });
  });

  it('is for staff of the session’s organisation (and coordination) only', async () => {
    const { session } = await setting();
    expect((await roster(orgAdmin, session.id)).statusCode).toBe(200);
    for (const client of [referent, stranger, evaluator])
      expect((await roster(client, session.id)).statusCode).toBe(403);
  });
});

describe('taking attendance', () => {
  it('from the roster and by card; the roster then shows both present', async () => {
    const { session, person, guest } = await setting();
    const card = await makeCard(ctx.database.db, person.id);
    const results = await sync(partner, [
      scan(session.id, { registrationId: guest.id }),
      scan(session.id, {
        cardCode: `${card.code.slice(0, 4)}-${card.code.slice(4).toLowerCase()}`,
      }),
    ]);
    expect(results.map((r) => [r.status, r.name, r.walkIn])).toEqual([
      ['ok', 'Zoé Invitée', false],
      ['ok', person.pseudonym, false],
    ]);
    const body = (await roster(partner, session.id)).json<Roster>();
    expect(body.entries.every((e) => e.present)).toBe(true);
    const timeline = (
      await referent.request({ method: 'GET', url: `/api/participants/${person.id}/timeline` })
    ).json<TimelineEvent[]>();
    expect(timeline.find((e) => e.kind === 'session_attended')?.data).toMatchObject({
      sessionId: session.id,
      walkIn: false,
    });
  });

  it('answers each scan on its own: unknown, revoked, foreign session, duplicate', async () => {
    const { session, person, registration } = await setting();
    const revoked = await makeCard(ctx.database.db, person.id, { revoked: true });
    const live = await makeCard(ctx.database.db, person.id);
    const foreign = await makeOpenSession(ctx.database.db);
    const results = await sync(partner, [
      scan(session.id, { cardCode: 'ZZZZ-ZZZZ' }),
      scan(session.id, { cardCode: 'pas un code' }),
      scan(session.id, { cardCode: revoked.code }),
      scan(foreign.id, { cardCode: live.code }),
      scan(session.id, { registrationId: registration.id }),
      scan(session.id, { cardCode: live.code }),
      scan(randomUUID(), { cardCode: live.code }),
      scan(session.id, { registrationId: randomUUID() }),
    ]);
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['error', 'card.unknown'],
      ['error', 'card.unknown'],
      ['error', 'card.revoked'],
      ['error', 'auth.forbidden'],
      ['ok', null],
      ['duplicate', null],
      ['error', 'resource.not_found'],
      ['error', 'registration.not_found'],
    ]);
  });

  it('is idempotent by client id: a replayed queue answers the same and records nothing twice', async () => {
    const { session, person, guest } = await setting();
    const card = await makeCard(ctx.database.db, person.id);
    const queue = [
      scan(session.id, { cardCode: card.code }),
      scan(session.id, { registrationId: guest.id }),
      scan(session.id, { cardCode: 'ZZZZ-ZZZZ' }),
    ];
    const first = await sync(partner, queue);
    const again = await sync(partner, queue);
    expect(again).toEqual(first);
    const rows = await ctx.database.db
      .select()
      .from(attendances)
      .where(eq(attendances.sessionId, session.id));
    expect(rows).toHaveLength(2);
  });

  it('a replayed scan is answered only within the actor’s organisation (ADR 12)', async () => {
    const { session, person } = await setting();
    const card = await makeCard(ctx.database.db, person.id);
    const original = scan(session.id, { cardCode: card.code });
    const [first] = await sync(partner, [original]);
    expect(first).toMatchObject({ status: 'ok', name: person.pseudonym });
    // Someone else replays the client id, against the session or against one of their own.
    const theirs = await makeOpenSession(ctx.database.db, {
      organisationId: world.staff.stranger.memberships[0]?.organisationId ?? '',
    });
    for (const sessionId of [session.id, theirs.id]) {
      const [answer] = await sync(stranger, [{ ...original, sessionId }]);
      expect(answer).toEqual({
        clientId: original.clientId,
        status: 'error',
        code: 'resource.not_found',
        name: null,
        walkIn: false,
      });
    }
    expect(await sync(orgAdmin, [original])).toEqual([first]);
  });

  it('a scan’s time must fall within the marking window (30 min before to 7 days after)', async () => {
    const { session, registration, person } = await setting();
    const card = await makeCard(ctx.database.db, person.id);
    const dayBefore = new Date(TEST_NOW.getTime() - 24 * 3_600_000).toISOString();
    const early = {
      ...scan(session.id, { registrationId: registration.id }),
      recordedAt: dayBefore,
    };
    const later = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: new Date(TEST_NOW.getTime() + 48 * 3_600_000),
    });
    const ahead = scan(later.id, { cardCode: card.code });
    const answers = await sync(partner, [early, ahead]);
    expect(answers.map((a) => [a.status, a.code])).toEqual([
      ['error', 'attendance.outside_window'],
      ['error', 'attendance.outside_window'],
    ]);
    const rows = await ctx.database.db
      .select()
      .from(attendances)
      .where(eq(attendances.sessionId, session.id));
    expect(rows).toHaveLength(0);
  });

  it('marks a walk-in with a valid card present without a registration (no seat taken)', async () => {
    const session = await makeOpenSession(ctx.database.db, { organisationId: world.partner });
    const person = await followedParticipant(ctx.services, world);
    const card = await makeCard(ctx.database.db, person.id);
    const [result] = await sync(partner, [scan(session.id, { cardCode: card.code })]);
    expect(result).toMatchObject({ status: 'ok', walkIn: true, name: person.pseudonym });
    const body = (await roster(partner, session.id)).json<Roster>();
    expect(body.entries).toEqual([
      {
        registrationId: null,
        name: person.pseudonym,
        present: true,
        status: 'present',
        attendanceId: expect.any(String) as unknown,
        mayCorrect: true,
      },
    ]);
    expect(body.session.registeredCount).toBe(0);
  });

  it('refuses other partners, evaluators and référents item by item, writing nothing', async () => {
    const { session, registration } = await setting();
    for (const client of [stranger, evaluator, referent]) {
      const [result] = await sync(client, [scan(session.id, { registrationId: registration.id })]);
      expect(result).toMatchObject({ status: 'error', code: 'auth.forbidden' });
    }
    const rows = await ctx.database.db
      .select()
      .from(attendances)
      .where(eq(attendances.sessionId, session.id));
    expect(rows).toHaveLength(0);
  });

  it('refuses a batch over 500 scans or a scan with both a card and a line', async () => {
    const { session, registration } = await setting();
    const many = Array.from({ length: 501 }, () => scan(session.id, { cardCode: 'ZZZZ-ZZZZ' }));
    const big = await partner.request({
      method: 'POST',
      url: '/api/attendance/sync',
      payload: { scans: many },
    });
    expect(big.statusCode).toBe(400);
    const both = await partner.request({
      method: 'POST',
      url: '/api/attendance/sync',
      payload: {
        scans: [
          { ...scan(session.id, { cardCode: 'ZZZZ-ZZZZ' }), registrationId: registration.id },
        ],
      },
    });
    expect(both.statusCode).toBe(400);
  });
});
