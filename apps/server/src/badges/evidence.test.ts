import type { Award, Experience } from '@territoires/contracts';

import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { awards } from './tables.js';
import { makeAchievement } from './test-support/factories.js';
import { verifyHere } from './test-support/verify-here.js';

const ctx = useTestApp();
let world: World;
let referent: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
});

async function experienceOf(participantId: string): Promise<Experience> {
  const res = await referent.request({
    method: 'POST',
    url: `/api/participants/${participantId}/experiences`,
    payload: {
      kind: 'immersion',
      title: 'Une semaine au garage',
      occurredOn: '2026-03-10',
      words: 'J’ai changé une roue seul.',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Experience>();
}

describe('awards from an experience: its evidence goes into the credential', () => {
  it('signs the reason and the experience as OB 3.0 evidence', async () => {
    const p = await followedParticipant(ctx.services, world);
    const experience = await experienceOf(p.id);
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const offered = await referent.request({
      method: 'POST',
      url: `/api/participants/${p.id}/awards`,
      payload: {
        achievementId: badge.id,
        narrative: 'A changé une roue seul, du début à la fin.',
        experienceId: experience.id,
      },
    });
    expect(offered.statusCode, offered.body).toBe(201);
    const accepted = await referent.request({
      method: 'POST',
      url: `/api/awards/${offered.json<Award>().id}/accept`,
      payload: { name: { kind: 'none' } },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const [row] = await ctx.database.db
      .select()
      .from(awards)
      .where(eq(awards.id, accepted.json<Award>().id));
    const credential = row?.credential ?? {};
    expect(credential.evidence).toEqual([
      {
        id: `urn:uuid:${experience.id}`,
        type: ['Evidence'],
        name: 'Une semaine au garage',
        genre: 'immersion',
        description: '2026-03-10 : J’ai changé une roue seul.',
        narrative: 'A changé une roue seul, du début à la fin.',
      },
    ]);
    const result = await verifyHere(ctx.app, credential);
    expect(result.errors).toEqual([]);
    expect(result.result).toBe('verified');
  });

  it('refuses another person’s experience as the evidence', async () => {
    const [p, other] = await Promise.all([
      followedParticipant(ctx.services, world),
      followedParticipant(ctx.services, world),
    ]);
    const experience = await experienceOf(other.id);
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const res = await referent.request({
      method: 'POST',
      url: `/api/participants/${p.id}/awards`,
      payload: { achievementId: badge.id, experienceId: experience.id },
    });
    expect(res.statusCode).toBe(404);
  });
});
