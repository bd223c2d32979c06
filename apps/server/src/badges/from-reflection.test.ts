import type { Award, Reflection } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { makeAchievement } from './test-support/factories.js';

const ctx = useTestApp();
let world: World;
let referent: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
});

async function reflectionOf(
  participantId: string,
  badge?: { title: string; reason: string },
): Promise<Reflection> {
  const res = await referent.request({
    method: 'POST',
    url: `/api/participants/${participantId}/reflections`,
    payload: { heldOn: '2026-03-12', comment: 'Bon échange.', ...(badge ? { badge } : {}) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Reflection>();
}

const offer = (participantId: string, body: Record<string, unknown>) =>
  referent.request({
    method: 'POST',
    url: `/api/participants/${participantId}/awards`,
    payload: body,
  });

const reread = async (r: Reflection): Promise<Reflection> =>
  (
    await referent.request({
      method: 'GET',
      url: `/api/participants/${r.participantId}/reflections`,
    })
  )
    .json<Reflection[]>()
    .find((x) => x.id === r.id) as Reflection;

describe('a badge awarded from a reflexivity time', () => {
  const PROPOSAL = { title: 'Ponctualité', reason: 'À l’heure trois semaines de suite.' };

  it('turns the proposal to "awarded", once, and keeps it when the form is saved again', async () => {
    const p = await followedParticipant(ctx.services, world);
    const r = await reflectionOf(p.id, PROPOSAL);
    expect(r.badge?.status).toBe('proposed');
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const res = await offer(p.id, {
      achievementId: badge.id,
      narrative: PROPOSAL.reason,
      reflectionId: r.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Award>().status).toBe('offered');
    const after = await reread(r);
    expect(after.badge?.status).toBe('awarded');
    expect(after.version).toBe(r.version + 1);

    const other = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const twice = await offer(p.id, { achievementId: other.id, reflectionId: r.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'badges.already_awarded' } });

    const saved = await referent.request({
      method: 'PATCH',
      url: `/api/reflections/${r.id}`,
      payload: { version: after.version, comment: 'Bon échange, suite.', badge: PROPOSAL },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await reread(r)).badge?.status).toBe('awarded');
  });

  it('refuses a reflexivity time without a proposal, or of another person, and writes nothing', async () => {
    const [p, other] = await Promise.all([
      followedParticipant(ctx.services, world),
      followedParticipant(ctx.services, world),
    ]);
    const bare = await reflectionOf(p.id);
    const theirs = await reflectionOf(other.id, PROPOSAL);
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    for (const reflectionId of [bare.id, theirs.id]) {
      const res = await offer(p.id, { achievementId: badge.id, reflectionId });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'reflection.no_badge_proposed' } });
    }
    const awards = await referent.request({
      method: 'GET',
      url: `/api/participants/${p.id}/awards`,
    });
    expect(awards.json<Award[]>()).toEqual([]);
    expect((await reread(theirs)).badge?.status).toBe('proposed');
  });
});
