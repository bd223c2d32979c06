import { beforeAll, describe, expect, it } from 'vitest';
import { makeOpenSession } from '../attendance/test-support/factories.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, type World } from '../test-support/world.js';

const ctx = useTestApp();
let world: World;
let partner: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  partner = await loginAs(ctx.app, world.staff.partner_staff);
});

describe('session capacity', () => {
  it('cannot go below its live registrations', async () => {
    const session = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      capacity: 5,
    });
    for (const guestName of ['Ana', 'Bo'])
      await partner.request({
        method: 'POST',
        url: `/api/sessions/${session.id}/registrations`,
        payload: { guestName },
      });
    const change = (capacity: number, version: number) =>
      partner.request({
        method: 'PATCH',
        url: `/api/sessions/${session.id}`,
        payload: { version, capacity },
      });
    const refused = await change(1, 1);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: { code: 'session.capacity_below_registrations' },
    });
    expect((await change(2, 1)).statusCode).toBe(200);
  });
});
