import type {
  AttendanceHistory,
  Registration,
  Roster,
  ScanResult,
  TimelineEvent,
} from '@territoires/contracts';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { activitySessions, auditEvents } from '../db/schema.js';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { makeOpenSession } from './test-support/factories.js';

const ctx = useTestApp();
const DAY = 86_400_000;

let world: World;
let referent: Client;
let partner: Client;
let orgAdmin: Client;
let coordination: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  [referent, partner, orgAdmin, coordination] = await Promise.all([
    loginAs(ctx.app, world.staff.referent),
    loginAs(ctx.app, world.staff.partner_staff),
    loginAs(ctx.app, world.staff.org_admin),
    loginAs(ctx.app, world.staff.coordination),
  ]);
});

/** A participant registered to a partner session, then the session moved to start at `startsAt`. */
async function registeredAt(startsAt: Date, person?: { id: string }) {
  const who = person ?? (await followedParticipant(ctx.services, world));
  const session = await makeOpenSession(ctx.database.db, { organisationId: world.partner });
  const res = await referent.request({
    method: 'POST',
    url: `/api/sessions/${session.id}/registrations`,
    payload: { participantId: who.id },
  });
  expect(res.statusCode, res.body).toBe(201);
  await ctx.database.db
    .update(activitySessions)
    .set({
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    })
    .where(eq(activitySessions.id, session.id));
  return { session, person: who, registration: res.json<Registration>() };
}

const mark = async (
  sessionId: string,
  registrationId: string,
  status?: string,
  recordedAt = TEST_NOW,
) => {
  const res = await partner.request({
    method: 'POST',
    url: '/api/attendance/sync',
    payload: {
      scans: [
        {
          clientId: randomUUID(),
          sessionId,
          registrationId,
          recordedAt: recordedAt.toISOString(),
          ...(status ? { status } : {}),
        },
      ],
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ results: ScanResult[] }>().results[0];
};

const timelineOf = async (participantId: string) =>
  (
    await referent.request({ method: 'GET', url: `/api/participants/${participantId}/timeline` })
  ).json<TimelineEvent[]>();

const rosterOf = async (client: Client, sessionId: string) =>
  (
    await client.request({ method: 'GET', url: `/api/sessions/${sessionId}/roster` })
  ).json<Roster>();

describe('marks', () => {
  it('records present, late, absent and excused; an unmarked line is not absent', async () => {
    const person = await followedParticipant(ctx.services, world);
    const statuses = ['present', 'late', 'absent', 'excused'] as const;
    for (const status of statuses) {
      const { session, registration } = await registeredAt(new Date(TEST_NOW.getTime()), person);
      expect(await mark(session.id, registration.id, status)).toMatchObject({ status: 'ok' });
      const [line] = (await rosterOf(partner, session.id)).entries;
      expect(line).toMatchObject({ status, present: status === 'present' || status === 'late' });
    }
    const { session } = await registeredAt(new Date(TEST_NOW.getTime()), person);
    const [unmarked] = (await rosterOf(partner, session.id)).entries;
    expect(unmarked).toMatchObject({ status: null, present: false, attendanceId: null });
  });

  it('opens 30 minutes before the start and closes 7 days after the end', async () => {
    const at = (offset: number) => new Date(TEST_NOW.getTime() + offset);
    const cases: [Date, string | null][] = [
      [at(2 * DAY), 'attendance.outside_window'],
      [at(31 * 60_000), 'attendance.outside_window'],
      [at(29 * 60_000), null],
      [at(-7 * DAY + 60_000), null],
      [at(-8 * DAY), 'attendance.outside_window'],
    ];
    for (const [startsAt, code] of cases) {
      const { session, registration } = await registeredAt(startsAt);
      expect(
        await mark(session.id, registration.id, 'absent'),
        startsAt.toISOString(),
      ).toMatchObject({ code, status: code === null ? 'ok' : 'error' });
    }
  });
});

describe('corrections', () => {
  const correct = (client: Client, id: string, status: string) =>
    client.request({ method: 'PATCH', url: `/api/attendance/${id}`, payload: { status } });

  it('by who marked or their organisation’s admin, audited with before and after', async () => {
    const { session, registration } = await registeredAt(TEST_NOW);
    await mark(session.id, registration.id, 'absent');
    const [line] = (await rosterOf(partner, session.id)).entries;
    const id = line?.attendanceId ?? '';
    expect(line?.mayCorrect).toBe(true);
    expect((await rosterOf(coordination, session.id)).entries[0]?.mayCorrect).toBe(false);
    expect((await correct(coordination, id, 'present')).statusCode).toBe(403);
    expect((await correct(referent, id, 'present')).statusCode).toBe(404);
    const byPartner = await correct(partner, id, 'late');
    expect(byPartner.statusCode, byPartner.body).toBe(200);
    expect((await correct(orgAdmin, id, 'excused')).statusCode).toBe(200);
    expect((await correct(partner, id, 'maybe')).statusCode).toBe(400);
    expect((await rosterOf(partner, session.id)).entries[0]?.status).toBe('excused');
    const audits = await ctx.database.db
      .select({ before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'attendance.correct')));
    expect(audits).toEqual(
      expect.arrayContaining([
        { before: { status: 'absent' }, after: { status: 'late' } },
        { before: { status: 'late' }, after: { status: 'excused' } },
      ]),
    );
  });
  it('writes a line on the participant’s timeline, the correction’s only one besides the audit', async () => {
    const { session, registration, person } = await registeredAt(TEST_NOW);
    await mark(session.id, registration.id, 'absent');
    const id = (await rosterOf(partner, session.id)).entries[0]?.attendanceId ?? '';
    const before = await timelineOf(person.id);
    expect((await correct(partner, id, 'present')).statusCode).toBe(200);
    const added = (await timelineOf(person.id)).filter((e) => !before.some((b) => b.id === e.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      kind: 'attendance_corrected',
      actorDisplayName: world.staff.partner_staff.displayName,
      data: { attendanceId: id, sessionId: session.id, from: 'absent', to: 'present' },
    });
    const audits = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'attendance.correct')));
    expect(audits).toHaveLength(1);
  });
});

describe('history and rate', () => {
  it('rate = (present + late) / (present + late + absent), for the follow-up team only', async () => {
    const person = await followedParticipant(ctx.services, world);
    const marks = ['present', 'late', 'absent', 'excused', null] as const;
    for (const [i, status] of marks.entries()) {
      const { session, registration } = await registeredAt(
        new Date(TEST_NOW.getTime() - i * 3_600_000),
        person,
      );
      if (status) await mark(session.id, registration.id, status);
    }
    const res = await referent.request({
      method: 'GET',
      url: `/api/participants/${person.id}/attendance`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const history = res.json<AttendanceHistory>();
    expect(history.counts).toEqual({ present: 1, late: 1, absent: 1, excused: 1, unmarked: 1 });
    expect(history.rate).toBeCloseTo(2 / 3);
    expect(history.entries.map((e) => e.status)).toEqual([...marks]);
    const hidden = await partner.request({
      method: 'GET',
      url: `/api/participants/${person.id}/attendance`,
    });
    expect(hidden.statusCode).toBe(404);
  });
});
