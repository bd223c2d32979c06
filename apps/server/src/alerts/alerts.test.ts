import type { Alert, ParticipantDetail, ParticipantList } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordExit, signContract } from '../pathway/index.js';
import { createNote } from '../notes/index.js';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeParticipant, makeStaff, type TestStaff } from '../test-support/factories.js';
import { contractBody } from '../test-support/world.js';

const ctx = useTestApp();

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(TEST_NOW.getTime() - days * DAY);
const at = (iso: string) => new Date(`${iso}T10:00:00.000Z`);

let referent: TestStaff;
let client: Client;
let stranger: Client;
const people: Record<string, ParticipantDetail> = {};

/** A participant created on `created` who signs a contract on `signedOn` (ending as late as allowed). */
async function withContract(created: Date, signedOn: string, plannedEndOn: string) {
  ctx.setNow(created);
  const p = await makeParticipant(ctx.services, { actor: referent });
  ctx.setNow(at(signedOn));
  return signContract(ctx.services, referent, p.id, {
    ...contractBody(p.version, referent.staffId),
    signedOn,
    plannedEndOn,
  });
}

/** A note today: a sign of life, so only the contract alert is left. */
async function noteToday(p: ParticipantDetail) {
  ctx.setNow(TEST_NOW);
  await createNote(ctx.services, referent, p.id, { body: 'Rendez-vous fait', private: false });
}

beforeAll(async () => {
  referent = await makeStaff(ctx.database.db, { role: 'referent' });
  try {
    // TEST_NOW is 2026-03-15: 14.5 months after 2025-01-01, whose deadline is 2026-04-01.
    people.ending = await withContract(at('2024-12-01'), '2025-01-01', '2026-04-01');
    await noteToday(people.ending);
    people.endingIn30 = await withContract(at('2025-01-10'), '2025-01-14', '2026-04-14');
    await noteToday(people.endingIn30);
    people.endingIn31 = await withContract(at('2025-01-10'), '2025-01-15', '2026-04-15');
    await noteToday(people.endingIn31);
    ctx.setNow(daysAgo(46));
    people.inactive = await makeParticipant(ctx.services, { actor: referent });
    ctx.setNow(daysAgo(44));
    people.active = await makeParticipant(ctx.services, { actor: referent });
    // Signed 14.5 months ago too, but exited 60 days ago: neither alert.
    const exiting = await withContract(at('2024-12-01'), '2025-01-01', '2026-04-01');
    ctx.setNow(daysAgo(60));
    people.exited = await recordExit(ctx.services, referent, exiting.id, {
      version: exiting.version,
      exitOn: daysAgo(60).toISOString().slice(0, 10),
      situation: 'training_qualifying',
    });
  } finally {
    ctx.setNow(TEST_NOW);
  }
  client = await loginAs(ctx.app, referent);
  stranger = await loginAs(ctx.app, await makeStaff(ctx.database.db, { role: 'referent' }));
});

const alertsOf = async (c: Client) => {
  const res = await c.request({ method: 'GET', url: '/api/alerts' });
  expect(res.statusCode).toBe(200);
  return res.json<Alert[]>();
};
const alertsFor = (alerts: Alert[], who: string) =>
  alerts
    .filter((a) => a.participantId === people[who]?.id)
    .map(({ kind, on, days }) => ({ kind, on, days }));

describe('alerts', () => {
  it('a contract signed 14.5 months ago is ending, with its deadline', async () => {
    expect(alertsFor(await alertsOf(client), 'ending')).toEqual([
      { kind: 'contract_ending', on: '2026-04-01', days: 17 },
    ]);
  });

  it('warns 30 days before the deadline, not 31', async () => {
    const alerts = await alertsOf(client);
    expect(alertsFor(alerts, 'endingIn30')).toEqual([
      { kind: 'contract_ending', on: '2026-04-14', days: 30 },
    ]);
    expect(alertsFor(alerts, 'endingIn31')).toEqual([]);
  });

  it('no event for 46 days is inactive; 44 days is not', async () => {
    const alerts = await alertsOf(client);
    expect(alertsFor(alerts, 'inactive')).toEqual([
      { kind: 'inactive', on: daysAgo(46).toISOString().slice(0, 10), days: 46 },
    ]);
    expect(alertsFor(alerts, 'active')).toEqual([]);
  });

  it('an exited participant raises no alert', async () => {
    expect(people.exited?.phase).toBe('exit');
    expect(alertsFor(await alertsOf(client), 'exited')).toEqual([]);
  });

  it('the file and the list carry the same alerts', async () => {
    const detail = async (who: string) =>
      (
        await client.request({ method: 'GET', url: `/api/participants/${people[who]?.id ?? ''}` })
      ).json<ParticipantDetail>().alerts;
    expect(await detail('ending')).toEqual(['contract_ending']);
    expect(await detail('inactive')).toEqual(['inactive']);
    expect(await detail('exited')).toEqual([]);
    const list = await client.request({ method: 'GET', url: '/api/participants?alert=inactive' });
    const ids = list.json<ParticipantList>().items.map((p) => p.id);
    expect(ids).toContain(people.inactive?.id);
    expect(ids).not.toContain(people.active?.id);
    expect(ids).not.toContain(people.exited?.id);
  });

  it('shows nobody else’s participants', async () => {
    const ids = new Set(Object.values(people).map((p) => p.id));
    expect((await alertsOf(stranger)).filter((a) => ids.has(a.participantId))).toEqual([]);
  });

  // Last: logging in 20 days later clears the sessions that expired by then, the others' too.
  it('moves with the injected clock', async () => {
    ctx.setNow(new Date(TEST_NOW.getTime() + 20 * DAY));
    try {
      const later = await loginAs(ctx.app, referent);
      expect(alertsFor(await alertsOf(later), 'active')).toEqual([
        { kind: 'inactive', on: daysAgo(44).toISOString().slice(0, 10), days: 64 },
      ]);
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });
});
