import type { Reflection } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';

const ctx = useTestApp();
let world: World;
let referent: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
});

describe('a reflexivity time linked to an objective, after the exit', () => {
  it('is still saved with its link, and the link can be removed; new links are refused', async () => {
    const person = await followedParticipant(ctx.services, world, 'contract');
    const [first, second] = person.contracts?.[0]?.objectives ?? [];
    const made = await referent.request({
      method: 'POST',
      url: `/api/participants/${person.id}/reflections`,
      payload: { heldOn: TEST_NOW.toISOString().slice(0, 10), objectiveIds: [first?.id] },
    });
    expect(made.statusCode, made.body).toBe(201);
    let reflection = made.json<Reflection>();
    const exit = await referent.request({
      method: 'POST',
      url: `/api/participants/${person.id}/exit`,
      payload: { version: person.version, exitOn: '2026-03-15', situation: 'civic_service' },
    });
    expect(exit.statusCode, exit.body).toBeLessThan(300);
    const update = (payload: object) =>
      referent.request({
        method: 'PATCH',
        url: `/api/reflections/${reflection.id}`,
        payload: { version: reflection.version, ...payload },
      });
    const saved = await update({ comment: 'Bilan de sortie', objectiveIds: [first?.id] });
    expect(saved.statusCode, saved.body).toBe(200);
    reflection = saved.json<Reflection>();
    const added = await update({ objectiveIds: [first?.id, second?.id] });
    expect(added.json()).toMatchObject({ error: { code: 'reflection.objective_not_in_contract' } });
    const unlinked = await update({ objectiveIds: [] });
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(unlinked.json<Reflection>().objectives).toEqual([]);
  });
});
