import type { ParticipantDetail, TimelineEvent } from '@territoires/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { auditCount } from '../test-support/fingerprint.js';
import {
  buildWorld,
  contractBody,
  followedParticipant,
  type World,
} from '../test-support/world.js';

const ctx = useTestApp();

/** Enough parallel writers to overlap on the PostgreSQL pool (5 connections) and queue on PGlite. */
const N = 8;

let world: World;
/** Two people who may both edit the file: the référent (team) and a coordinateur (colleague). */
let people: [Client, Client];

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  people = [
    await loginAs(ctx.app, world.staff.referent),
    await loginAs(ctx.app, world.staff.coordinator),
  ];
});

const personFor = (i: number): Client => people[i % 2] ?? people[0];

const timelineOf = async (id: string) =>
  (await people[0].request({ method: 'GET', url: `/api/participants/${id}/timeline` })).json<
    TimelineEvent[]
  >();

const read = async (id: string) =>
  (
    await people[0].request({ method: 'GET', url: `/api/participants/${id}` })
  ).json<ParticipantDetail>();

/** Exactly one success; every other writer is told its read is stale, with the versions. */
function expectOneWinner(results: LightMyRequestResponse[], okStatus: number, version: number) {
  const winners = results.filter((r) => r.statusCode === okStatus);
  expect(
    winners,
    results.map((r) => `${r.statusCode} ${r.body.slice(0, 80)}`).join('\n'),
  ).toHaveLength(1);
  const losers = results.filter((r) => r.statusCode !== okStatus);
  expect(losers).toHaveLength(N - 1);
  for (const loser of losers) {
    expect(loser.statusCode).toBe(409);
    expect(loser.json()).toMatchObject({
      error: {
        code: 'resource.stale_version',
        details: { expected: version, actual: version + 1 },
      },
    });
  }
  const winner = winners[0];
  if (!winner) throw new Error('no winner');
  return winner.json<ParticipantDetail>();
}

describe('two people editing the same participant', () => {
  it(`${N} parallel edits with the same version: one wins, no lost update`, async () => {
    const p = await followedParticipant(ctx.services, world);
    const audits = await auditCount(ctx.database.db);
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        personFor(i).request({
          method: 'PATCH',
          url: `/api/participants/${p.id}`,
          payload: { version: p.version, commune: `Commune ${i}` },
        }),
      ),
    );
    const winner = expectOneWinner(results, 200, p.version);
    const final = await read(p.id);
    expect(final.version).toBe(p.version + 1);
    expect(final.commune).toBe(winner.commune);
    const edits = (await timelineOf(p.id)).filter((e) => e.kind === 'participant_updated');
    expect(edits).toHaveLength(1);
    expect(await auditCount(ctx.database.db)).toBe(audits + 1);
  });

  it(`${N} parallel phase changes: one move, one event`, async () => {
    const p = await followedParticipant(ctx.services, world, 'outreach');
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        personFor(i).request({
          method: 'POST',
          url: `/api/participants/${p.id}/phase`,
          payload: { version: p.version, to: 'discovery', comment: `Par ${i}` },
        }),
      ),
    );
    expectOneWinner(results, 200, p.version);
    const final = await read(p.id);
    expect(final).toMatchObject({ phase: 'discovery', version: p.version + 1 });
    const moves = (await timelineOf(p.id)).filter((e) => e.kind === 'phase_changed');
    expect(moves).toHaveLength(1);
  });

  it(`${N} parallel contract signatures: one contract`, async () => {
    const p = await followedParticipant(ctx.services, world);
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        personFor(i).request({
          method: 'POST',
          url: `/api/participants/${p.id}/contracts`,
          payload: contractBody(p.version, world.staff.referent.staffId),
        }),
      ),
    );
    expectOneWinner(results, 201, p.version);
    const final = await read(p.id);
    expect(final.contracts).toHaveLength(1);
    expect(final.contracts?.[0]?.number).toBe(1);
  });

  it('different writes at once: the loser reloads, retries, and both changes are kept', async () => {
    const p = await followedParticipant(ctx.services, world, 'outreach');
    const [edit, move] = await Promise.all([
      people[0].request({
        method: 'PATCH',
        url: `/api/participants/${p.id}`,
        payload: { version: p.version, contact: '06 00 00 00 00' },
      }),
      people[1].request({
        method: 'POST',
        url: `/api/participants/${p.id}/phase`,
        payload: { version: p.version, to: 'discovery' },
      }),
    ]);
    expect([edit.statusCode, move.statusCode].sort()).toEqual([200, 409]);
    const current = await read(p.id);
    const retry =
      edit.statusCode === 409
        ? await people[0].request({
            method: 'PATCH',
            url: `/api/participants/${p.id}`,
            payload: { version: current.version, contact: '06 00 00 00 00' },
          })
        : await people[1].request({
            method: 'POST',
            url: `/api/participants/${p.id}/phase`,
            payload: { version: current.version, to: 'discovery' },
          });
    expect(retry.statusCode).toBe(200);
    expect(await read(p.id)).toMatchObject({
      version: p.version + 2,
      phase: 'discovery',
      contact: '06 00 00 00 00',
    });
  });
});
