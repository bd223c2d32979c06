import type { ParticipantDetail } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { fingerprint } from '../test-support/fingerprint.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { canChangeTeam, type AccessLevel } from './policy.js';

// The follow-up team changes only with the team's own level or coordination (ADR 0012).

const ctx = useTestApp();
const today = TEST_NOW.toISOString().slice(0, 10);
let world: World;
let as: Record<'coordination' | 'coordinator' | 'referent', Client>;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  as = {
    coordination: await loginAs(ctx.app, world.staff.coordination),
    coordinator: await loginAs(ctx.app, world.staff.coordinator),
    referent: await loginAs(ctx.app, world.staff.referent),
  };
});

const assign = (client: Client, p: ParticipantDetail, staffId: string, role = 'coordinator') =>
  client.request({
    method: 'POST',
    url: `/api/participants/${p.id}/team`,
    payload: { version: p.version, role, staffId, startOn: today },
  });

describe('the follow-up team changes only with the team’s own level or coordination', () => {
  it('as a rule: team and coordination only', () => {
    const levels: AccessLevel[] = ['none', 'colleague', 'team', 'coordination'];
    expect(levels.filter(canChangeTeam)).toEqual(['team', 'coordination']);
  });

  it('a colleague of the following organisation cannot add themself to the team', async () => {
    const p = await followedParticipant(ctx.services, world);
    const before = await fingerprint(ctx.database.db);
    const res = await assign(as.coordinator, p, world.staff.coordinator.staffId);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'auth.forbidden' } });
    expect(await fingerprint(ctx.database.db)).toEqual(before);
    // Still a colleague: the file without its sensitive criteria, and no way to change the team.
    const seen = (
      await as.coordinator.request({ method: 'GET', url: `/api/participants/${p.id}` })
    ).json<ParticipantDetail>();
    expect(seen.can).toMatchObject({ edit: true, seeSensitive: false, changeTeam: false });
  });

  it('someone on the team, and coordination, may add a colleague of the organisation', async () => {
    const p = await followedParticipant(ctx.services, world);
    const byTeam = await assign(as.referent, p, world.staff.coordinator.staffId);
    expect(byTeam.statusCode, byTeam.body).toBe(200);
    const next = byTeam.json<ParticipantDetail>();
    const byCoordination = await assign(as.coordination, next, world.spareCoordinator.staffId);
    expect(byCoordination.statusCode, byCoordination.body).toBe(200);
  });

  it('a référent of another organisation joins only through a transfer (422 on staffId)', async () => {
    const p = await followedParticipant(ctx.services, world);
    for (const client of [as.referent, as.coordination]) {
      const res = await assign(client, p, world.staff.stranger.staffId, 'referent');
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        error: { code: 'team.member_not_eligible', fields: [{ path: 'staffId' }] },
      });
    }
  });
});
