/**
 * Offline attendance sync: a phone's queue of 200 scans (cards and roster lines) sent in one call.
 *   npm run attendance-sync -w @territoires/bench -- [--scans 200] [--rounds 5]
 * On PGlite in a temporary data directory (default) or PostgreSQL (DATABASE_URL, a scratch database:
 * its tables are written to). In process: the real app, routes and validation, through inject().
 * Target (issue #4): 200 queued scans synced in under 2 s.
 */
import { PGlite } from '@electric-sql/pglite';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../../apps/server/src/app.js';
import { hashPassword } from '../../apps/server/src/auth/passwords.js';
import { fromPglite, fromPostgres } from '../../apps/server/src/db/database.js';
import { localFileStorage } from '../../apps/server/src/files/storage.js';
import { noIssuerKeys } from '../../apps/server/src/keys/keyring.js';
import {
  activities,
  activitySessions,
  memberships,
  organisations,
  participantCards,
  participants,
  sessionRegistrations,
  staff,
} from '../../apps/server/src/db/schema.js';
import { newCardCode } from '../../apps/server/src/cards/service.js';

const { values } = parseArgs({
  options: { scans: { type: 'string', default: '200' }, rounds: { type: 'string', default: '5' } },
});
const scans = Number(values.scans);
const rounds = Number(values.rounds);
const databaseUrl = process.env.DATABASE_URL;
const database = databaseUrl ? fromPostgres(databaseUrl) : fromPglite(await PGlite.create());
await database.migrate();
const { db } = database;
const now = new Date();
const services = {
  database,
  clock: () => new Date(),
  files: localFileStorage(await mkdtemp(join(tmpdir(), 'tp-bench-files-'))),
  issuerKeys: noIssuerKeys,
};
const app = await buildApp({ services, version: 'bench' });

const [org] = await db
  .insert(organisations)
  .values({ name: 'Fablab', kind: 'partner_association' })
  .returning();
const password = 'bench password 2026';
const email = `partner.${randomUUID().slice(0, 8)}@bench.example`;
const [member] = await db
  .insert(staff)
  .values({ email, displayName: 'Partenaire', passwordHash: await hashPassword(password) })
  .returning();
if (!org || !member) throw new Error('seed failed');
await db
  .insert(memberships)
  .values({ staffId: member.id, organisationId: org.id, role: 'partner_staff' });
const login = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { email, password },
});
const cookie = login.cookies.find((c) => c.name === 'tp_session')?.value ?? '';
const { csrfToken } = login.json<{ csrfToken: string }>();
const [activity] = await db
  .insert(activities)
  .values({ organisationId: org.id, title: 'Atelier' })
  .returning();
if (!activity) throw new Error('seed failed');
const activityId = activity.id;
const organisationId = org.id;

/** A session with `scans` people: half come with their card, half are ticked on the roster (guests). */
async function queue() {
  const [session] = await db
    .insert(activitySessions)
    .values({
      activityId,
      startsAt: now.toISOString(),
      endsAt: new Date(now.getTime() + 7_200_000).toISOString(),
      capacity: scans,
      registeredCount: scans,
    })
    .returning();
  if (!session) throw new Error('seed failed');
  const half = Math.floor(scans / 2);
  const people = await db
    .insert(participants)
    .values(
      Array.from({ length: half }, (_, i) => ({
        pseudonym: `Bench ${i}`,
        referralSource: 'self' as const,
        territory: 'colombelles' as const,
        phase: 'discovery' as const,
        organisationId,
      })),
    )
    .returning({ id: participants.id });
  const cards = await db
    .insert(participantCards)
    .values(
      people.map((p) => ({
        participantId: p.id,
        code: newCardCode(),
        issuedAt: now.toISOString(),
      })),
    )
    .returning();
  await db
    .insert(sessionRegistrations)
    .values(people.map((p) => ({ sessionId: session.id, participantId: p.id })));
  const guests = await db
    .insert(sessionRegistrations)
    .values(
      Array.from({ length: scans - half }, (_, i) => ({
        sessionId: session.id,
        guestName: `Invité ${i}`,
      })),
    )
    .returning({ id: sessionRegistrations.id });
  const recordedAt = now.toISOString();
  return [
    ...cards.map((c) => ({
      clientId: randomUUID(),
      sessionId: session.id,
      cardCode: c.code,
      recordedAt,
    })),
    ...guests.map((g) => ({
      clientId: randomUUID(),
      sessionId: session.id,
      registrationId: g.id,
      recordedAt,
    })),
  ];
}

const sync = async (items: object[]) => {
  const started = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/attendance/sync',
    headers: { cookie: `tp_session=${cookie}`, 'x-csrf-token': csrfToken },
    payload: { scans: items },
  });
  const ms = performance.now() - started;
  if (res.statusCode !== 200) throw new Error(res.body);
  const { results } = res.json<{ results: { status: string }[] }>();
  if (results.length !== items.length || results.some((r) => r.status !== 'ok'))
    throw new Error('a scan was not recorded');
  return ms;
};

const first: number[] = [];
const replay: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  const items = await queue();
  first.push(await sync(items));
  replay.push(await sync(items));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const fmt = (xs: number[]) => `${median(xs).toFixed(0)} ms (max ${Math.max(...xs).toFixed(0)})`;
console.log(`| database | ${scans} scans, first sync | same queue replayed |`);
console.log('| -------- | ------------------------ | ------------------- |');
console.log(`| ${database.kind} | ${fmt(first)} | ${fmt(replay)} |`);
await app.close();
await database.close();
