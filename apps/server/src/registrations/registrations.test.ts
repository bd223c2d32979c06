import type { Registration, TimelineEvent } from '@territoires/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activityRegistrations,
  activitySessions,
  auditEvents,
  participants,
  sessionRegistrations,
} from '../db/schema.js';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { makeOpenSession } from '../attendance/test-support/factories.js';
import { loginAs } from '../test-support/clients.js';
import { fingerprint } from '../test-support/fingerprint.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';

const ctx = useTestApp();

let world: World;
let referent: Client;
let partner: Client;
let stranger: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  [referent, partner, stranger] = await Promise.all([
    loginAs(ctx.app, world.staff.referent),
    loginAs(ctx.app, world.staff.partner_staff),
    loginAs(ctx.app, world.staff.stranger),
  ]);
});

const partnerSession = (overrides: Parameters<typeof makeOpenSession>[1] = {}) =>
  makeOpenSession(ctx.database.db, { organisationId: world.partner, ...overrides });

const register = (client: Client, sessionId: string, payload: object) =>
  client.request({ method: 'POST', url: `/api/sessions/${sessionId}/registrations`, payload });

describe('registering a participant', () => {
  it('takes a seat, makes the person visible to the partner, and writes the timeline and audit', async () => {
    const person = await followedParticipant(ctx.services, world);
    const session = await partnerSession({ capacity: 3 });
    const res = await register(referent, session.id, { participantId: person.id });
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json<Registration>();
    expect(made).toMatchObject({
      sessionId: session.id,
      name: person.pseudonym,
      registeredCount: 1,
    });
    const visible = await ctx.database.db
      .select()
      .from(activityRegistrations)
      .where(
        and(
          eq(activityRegistrations.participantId, person.id),
          eq(activityRegistrations.activityId, session.activityId),
        ),
      );
    expect(visible).toHaveLength(1);
    const timeline = (
      await referent.request({ method: 'GET', url: `/api/participants/${person.id}/timeline` })
    ).json<TimelineEvent[]>();
    expect(timeline.find((e) => e.kind === 'session_registered')?.data).toMatchObject({
      sessionId: session.id,
      byParticipant: false,
    });
    const audit = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, made.id));
    expect(audit.map((a) => a.action)).toEqual(['registration.create']);
  });

  it('refuses a second registration of the same person', async () => {
    const person = await followedParticipant(ctx.services, world);
    const session = await partnerSession();
    expect((await register(referent, session.id, { participantId: person.id })).statusCode).toBe(
      201,
    );
    const again = await register(referent, session.id, { participantId: person.id });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'registration.already_registered' } });
  });

  it.each([
    ['in the past', { startsAt: new Date(TEST_NOW.getTime() - 3_600_000) }, 422, 'session.in_past'],
    ['starting now', { startsAt: TEST_NOW }, 422, 'session.in_past'],
    ['cancelled', { cancelled: true }, 422, 'session.cancelled'],
    ['full', { capacity: 0 }, 409, 'session.full'],
  ] as const)('refuses a session %s, writing nothing', async (_label, overrides, status, code) => {
    const person = await followedParticipant(ctx.services, world);
    const session = await partnerSession(overrides);
    const before = await fingerprint(ctx.database.db);
    const res = await register(referent, session.id, { participantId: person.id });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json()).toMatchObject({ error: { code } });
    expect(await fingerprint(ctx.database.db)).toEqual(before);
  });

  it('404s on an unknown session and 400s on a body with both or neither', async () => {
    const person = await followedParticipant(ctx.services, world);
    const session = await partnerSession();
    const missing = await register(referent, '00000000-0000-4000-8000-000000000000', {
      participantId: person.id,
    });
    expect(missing.statusCode).toBe(404);
    for (const payload of [
      {},
      { participantId: person.id, guestName: 'Léa' },
      { guestName: '  ' },
    ]) {
      const res = await register(referent, session.id, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });

  it('is refused to someone who cannot see the file (stranger and partner: 404, ADR 12)', async () => {
    const person = await followedParticipant(ctx.services, world);
    const session = await partnerSession();
    expect((await register(stranger, session.id, { participantId: person.id })).statusCode).toBe(
      404,
    );
    expect((await register(partner, session.id, { participantId: person.id })).statusCode).toBe(
      404,
    );
  });
});

describe('guests', () => {
  it('are registered by name by partner staff of the session’s organisation only', async () => {
    const session = await partnerSession();
    const res = await register(partner, session.id, { guestName: 'Léa Martin' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Léa Martin', registeredCount: 1 });
    expect((await register(stranger, session.id, { guestName: 'Paul' })).statusCode).toBe(403);
    expect((await register(referent, session.id, { guestName: 'Paul' })).statusCode).toBe(403);
  });
});

describe('cancelling', () => {
  it('frees the seat and writes the timeline', async () => {
    const person = await followedParticipant(ctx.services, world);
    const session = await partnerSession({ capacity: 1 });
    const made = (
      await register(referent, session.id, { participantId: person.id })
    ).json<Registration>();
    const other = await followedParticipant(ctx.services, world);
    expect((await register(referent, session.id, { participantId: other.id })).statusCode).toBe(
      409,
    );
    const cancel = await referent.request({
      method: 'DELETE',
      url: `/api/registrations/${made.id}`,
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect((await register(referent, session.id, { participantId: other.id })).statusCode).toBe(
      201,
    );
    const again = await referent.request({
      method: 'DELETE',
      url: `/api/registrations/${made.id}`,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toMatchObject({ error: { code: 'registration.not_found' } });
    const timeline = (
      await referent.request({ method: 'GET', url: `/api/participants/${person.id}/timeline` })
    ).json<TimelineEvent[]>();
    expect(timeline.some((e) => e.kind === 'session_unregistered')).toBe(true);
  });

  it('is refused once the session has started, and to a stranger', async () => {
    const person = await followedParticipant(ctx.services, world);
    const session = await partnerSession();
    const made = (
      await register(referent, session.id, { participantId: person.id })
    ).json<Registration>();
    expect(
      (await stranger.request({ method: 'DELETE', url: `/api/registrations/${made.id}` }))
        .statusCode,
    ).toBe(404);
    ctx.setNow(new Date(session.startsAt));
    try {
      const late = await referent.request({
        method: 'DELETE',
        url: `/api/registrations/${made.id}`,
      });
      expect(late.statusCode).toBe(422);
      expect(late.json()).toMatchObject({ error: { code: 'session.in_past' } });
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });
});

describe('capacity under concurrency', () => {
  it('50 concurrent registrations on the last 3 seats: exactly 3 succeed, no overbooking', async () => {
    const session = await partnerSession({ capacity: 10 });
    // Seven seats already taken by guests: three left.
    for (let i = 0; i < 7; i += 1)
      expect((await register(partner, session.id, { guestName: `Invité ${i}` })).statusCode).toBe(
        201,
      );
    const people = await ctx.database.db
      .insert(participants)
      .values(
        Array.from({ length: 50 }, (_, i) => ({
          pseudonym: `Foule ${i}`,
          referralSource: 'self' as const,
          territory: 'colombelles' as const,
          phase: 'discovery' as const,
          organisationId: world.following,
        })),
      )
      .returning({ id: participants.id });
    const results = await Promise.all(
      people.map((p) => register(referent, session.id, { participantId: p.id })),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(47);
    for (const r of results.filter((r) => r.statusCode === 409))
      expect(r.json()).toMatchObject({ error: { code: 'session.full' } });
    const [row] = await ctx.database.db
      .select()
      .from(activitySessions)
      .where(eq(activitySessions.id, session.id));
    expect(row?.registeredCount).toBe(10);
    const live = await ctx.database.db
      .select()
      .from(sessionRegistrations)
      .where(
        and(
          eq(sessionRegistrations.sessionId, session.id),
          isNull(sessionRegistrations.cancelledAt),
        ),
      );
    expect(live).toHaveLength(10);
  });

  it('the same person registered 8 times at once: one registration, one seat', async () => {
    const person = await followedParticipant(ctx.services, world);
    const session = await partnerSession({ capacity: 20 });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => register(referent, session.id, { participantId: person.id })),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of results.filter((r) => r.statusCode !== 201)) {
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json()).toMatchObject({ error: { code: 'registration.already_registered' } });
    }
    const [row] = await ctx.database.db
      .select()
      .from(activitySessions)
      .where(eq(activitySessions.id, session.id));
    expect(row?.registeredCount).toBe(1);
  });
});
