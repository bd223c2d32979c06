import type { AgendaEntry, Registration, SessionSummary, Week } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activitySessions } from '../db/schema.js';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { makeOpenSession } from '../attendance/test-support/factories.js';
import { anonymousClient, loginAs } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { parseIcs } from '../test-support/ics.js';

const ctx = useTestApp();

let world: World;
let referent: Client;
let partner: Client;
let stranger: Client;
let evaluator: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  [referent, partner, stranger, evaluator] = await Promise.all([
    loginAs(ctx.app, world.staff.referent),
    loginAs(ctx.app, world.staff.partner_staff),
    loginAs(ctx.app, world.staff.stranger),
    loginAs(ctx.app, world.staff.evaluator),
  ]);
});

const at = (days: number, hour = 14) =>
  new Date(
    Date.UTC(TEST_NOW.getUTCFullYear(), TEST_NOW.getUTCMonth(), TEST_NOW.getUTCDate() + days, hour),
  );

const register = async (sessionId: string, body: object, client = referent) => {
  const res = await client.request({
    method: 'POST',
    url: `/api/sessions/${sessionId}/registrations`,
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Registration>();
};

describe('agenda', () => {
  it("lists a participant's upcoming sessions, soonest first, for the follow-up circle", async () => {
    const person = await followedParticipant(ctx.services, world);
    const later = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: at(9),
      title: 'Jardin',
    });
    const sooner = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: at(2),
      title: 'Fablab',
    });
    await register(later.id, { participantId: person.id });
    await register(sooner.id, { participantId: person.id });
    const res = await referent.request({
      method: 'GET',
      url: `/api/participants/${person.id}/agenda`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<AgendaEntry[]>().map((e) => [e.activityTitle, e.place])).toEqual([
      ['Fablab', 'Fablab du Chemin Vert'],
      ['Jardin', 'Fablab du Chemin Vert'],
    ]);
    expect(
      (await partner.request({ method: 'GET', url: `/api/participants/${person.id}/agenda` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await stranger.request({ method: 'GET', url: `/api/participants/${person.id}/agenda` }))
        .statusCode,
    ).toBe(404);
  });

  it('bookable sessions: upcoming, open, with a seat, filtered by title', async () => {
    const title = `Cinéma ${Date.now()}`;
    const open = await makeOpenSession(ctx.database.db, { organisationId: world.partner, title });
    await makeOpenSession(ctx.database.db, { organisationId: world.partner, title, capacity: 0 });
    await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      title,
      cancelled: true,
    });
    await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      title,
      startsAt: at(-1),
    });
    const res = await referent.request({
      method: 'GET',
      url: '/api/calendar/bookable',
      query: { q: title },
    });
    expect(res.json<SessionSummary[]>().map((s) => s.id)).toEqual([open.id]);
    expect(
      (await evaluator.request({ method: 'GET', url: '/api/calendar/bookable' })).statusCode,
    ).toBe(403);
  });
});

describe('week view', () => {
  it("shows my organisation's sessions of the week, Monday to Sunday", async () => {
    // TEST_NOW is Sunday 15 March 2026: its week starts on Monday 9 March.
    const inWeek = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: at(-1),
    });
    const nextWeek = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: at(1),
    });
    const otherOrg = await makeOpenSession(ctx.database.db, { startsAt: at(-2) });
    const res = await partner.request({ method: 'GET', url: '/api/calendar/week' });
    const week = res.json<Week>();
    expect(week.start).toBe('2026-03-09');
    const ids = week.sessions.map((s) => s.id);
    expect(ids).toContain(inWeek.id);
    expect(ids).not.toContain(nextWeek.id);
    expect(ids).not.toContain(otherOrg.id);
    const next = (
      await partner.request({
        method: 'GET',
        url: '/api/calendar/week',
        query: { start: '2026-03-16' },
      })
    ).json<Week>();
    expect(next.sessions.map((s) => s.id)).toContain(nextWeek.id);
    expect((await evaluator.request({ method: 'GET', url: '/api/calendar/week' })).statusCode).toBe(
      403,
    );
  });
});

describe('ICS feeds', () => {
  it('participant feed: own sessions only (title, place), revocable, regenerable', async () => {
    const person = await followedParticipant(ctx.services, world);
    const other = await followedParticipant(ctx.services, world);
    const session = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      title: 'Atelier, vélo; réparation',
      startsAt: at(3),
    });
    const elsewhere = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: at(4),
    });
    await register(session.id, { participantId: person.id });
    await register(session.id, { guestName: 'Invitée Secrète' }, partner);
    await register(elsewhere.id, { participantId: other.id });
    const made = await referent.request({
      method: 'POST',
      url: `/api/participants/${person.id}/calendar-feed`,
    });
    expect(made.statusCode, made.body).toBe(201);
    const { url } = made.json<{ url: string }>();
    const anonymous = anonymousClient(ctx.app);
    const feed = await anonymous.request({ method: 'GET', url });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const { events } = parseIcs(feed.body);
    expect(events).toEqual([
      expect.objectContaining({
        UID: `${session.id}@territoires-partages`,
        SUMMARY: 'Atelier, vélo; réparation',
        LOCATION: 'Fablab du Chemin Vert',
        DTSTART: '20260318T140000Z',
      }),
    ]);
    expect(feed.body).not.toContain('Invitée');
    expect(feed.body).not.toContain(other.pseudonym);
    const status = await referent.request({
      method: 'GET',
      url: `/api/participants/${person.id}/calendar-feed`,
    });
    expect(status.json()).toMatchObject({ active: true });
    // Regenerating kills the old address.
    const remade = (
      await referent.request({
        method: 'POST',
        url: `/api/participants/${person.id}/calendar-feed`,
      })
    ).json<{ url: string }>();
    expect((await anonymous.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await anonymous.request({ method: 'GET', url: remade.url })).statusCode).toBe(200);
    expect(
      (
        await referent.request({
          method: 'DELETE',
          url: `/api/participants/${person.id}/calendar-feed`,
        })
      ).statusCode,
    ).toBe(200);
    expect((await anonymous.request({ method: 'GET', url: remade.url })).statusCode).toBe(404);
    expect(
      (
        await partner.request({
          method: 'POST',
          url: `/api/participants/${person.id}/calendar-feed`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('organisation feed: its sessions, managed by its own staff', async () => {
    const session = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: at(5),
      title: 'Cinéma',
    });
    const made = await partner.request({
      method: 'POST',
      url: `/api/organisations/${world.partner}/calendar-feed`,
    });
    expect(made.statusCode).toBe(201);
    const feed = await anonymousClient(ctx.app).request({
      method: 'GET',
      url: made.json<{ url: string }>().url,
    });
    const { events } = parseIcs(feed.body);
    expect(events.find((e) => e.UID === `${session.id}@territoires-partages`)).toMatchObject({
      SUMMARY: 'Cinéma',
    });
    expect(
      (
        await stranger.request({
          method: 'POST',
          url: `/api/organisations/${world.partner}/calendar-feed`,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await evaluator.request({
          method: 'GET',
          url: `/api/organisations/${world.partner}/calendar-feed`,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('an unknown token is a 404', async () => {
    const res = await anonymousClient(ctx.app).request({
      method: 'GET',
      url: `/api/calendar/${'x'.repeat(43)}.ics`,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('what the viewer may do with a registration of the agenda (can, from the registrations policy)', () => {
  it('cancels while the session is open; not once it is cancelled or has started', async () => {
    const person = await followedParticipant(ctx.services, world);
    const soon = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: at(1),
      durationMinutes: 120,
      title: 'Bientôt',
    });
    const dropped = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: at(3),
      title: 'Annulée',
    });
    await register(soon.id, { participantId: person.id });
    await register(dropped.id, { participantId: person.id });
    await ctx.database.db
      .update(activitySessions)
      .set({ cancelledAt: TEST_NOW.toISOString() })
      .where(eq(activitySessions.id, dropped.id));
    const agenda = async () =>
      (
        await referent.request({ method: 'GET', url: `/api/participants/${person.id}/agenda` })
      ).json<AgendaEntry[]>();
    expect((await agenda()).map((e) => [e.activityTitle, e.can.cancel])).toEqual([
      ['Bientôt', true],
      ['Annulée', false],
    ]);
    ctx.setNow(new Date(at(1).getTime() + 30 * 60_000));
    try {
      expect((await agenda()).find((e) => e.sessionId === soon.id)?.can).toEqual({ cancel: false });
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });
});
