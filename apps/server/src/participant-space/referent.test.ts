import type { MyReferent } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { loginParticipant } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';

const ctx = useTestApp();
let world: World;
let referent: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
});

describe('my référent, on the participant’s home', () => {
  it('gives their first name and work e-mail, to the participant only', async () => {
    const person = await followedParticipant(ctx.services, world);
    const me = await loginParticipant(ctx.app, person.id, referent);
    const res = await me.request({ method: 'GET', url: '/api/me/referent' });
    expect(res.statusCode, res.body).toBe(200);
    const { referent: named } = res.json<MyReferent>();
    expect(named?.email).toBe(world.staff.referent.email);
    expect(named?.firstName).not.toContain(' ');
    expect(named?.firstName.length).toBeGreaterThan(0);
    expect((await referent.request({ method: 'GET', url: '/api/me/referent' })).statusCode).toBe(
      401,
    );
  });
});
