import type { AccountAssignments } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeActivity, makeSession } from '../activities/test-support/factories.js';
import { useTestApp } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeStaff } from '../test-support/factories.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

const assignments = async (who: 'coordination' | 'org_admin', staffId: string) => {
  const client = await loginAs(ctx.app, world.staff[who]);
  return client.request({ method: 'GET', url: `/api/accounts/${staffId}/assignments` });
};

describe('a leaver’s teams and sessions, to reassign', () => {
  it('coordination reads the files whose team they are on, by pseudonym', async () => {
    const followed = await followedParticipant(ctx.services, world);
    const res = await assignments('coordination', world.staff.referent.staffId);
    expect(res.statusCode).toBe(200);
    const body = res.json<AccountAssignments>();
    expect(body.participants?.map((p) => p.pseudonym)).toContain(followed.pseudonym);
    expect(body.participantCount).toBe(body.participants?.length);
  });

  it('an org_admin reads the sessions to come, and never who is a participant', async () => {
    const { db } = ctx.database;
    const animateur = await makeStaff(db, { role: 'partner_staff', organisationId: world.partner });
    const activity = await makeActivity(db, {
      organisationId: world.partner,
      title: 'Atelier vélo',
    });
    await makeSession(db, {
      activityId: activity.id,
      facilitatorId: animateur.staffId,
      startsAt: '2026-04-01T08:00:00.000Z',
      endsAt: '2026-04-01T10:00:00.000Z',
    });
    const res = await assignments('org_admin', animateur.staffId);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      participants: null,
      participantCount: 0,
      sessions: [{ activityId: activity.id, activityTitle: 'Atelier vélo' }],
    });
    expect((await assignments('org_admin', world.staff.referent.staffId)).statusCode).toBe(404);
  });
});
