import type { ObjectiveProgress } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUBLIC_URL, useTestApp } from '../../test-support/app.js';
import { loginAs } from '../../test-support/clients.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { revokeAward } from '../awards.js';
import { acceptedAward, makeAchievement, offer } from '../test-support/factories.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

async function setting() {
  const p = await followedParticipant(ctx.services, world, 'contract');
  const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
  const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
  const mine = await phone.request({ method: 'GET', url: '/api/me/objectives' });
  return { p, badge, phone, progress: mine.json<ObjectiveProgress>() };
}

describe('key objectives and badges', () => {
  it('reaches an objective once a linked badge is accepted; both sides read the progress', async () => {
    const { p, badge, phone, progress } = await setting();
    expect(progress).toMatchObject({ reached: 0, total: 2 });
    const [cv] = progress.objectives;
    const offered = await offer(ctx.services, world.staff.referent, p.id, badge.id);
    const linked = await phone.request({
      method: 'PUT',
      url: `/api/me/awards/${offered.id}/objectives`,
      payload: { objectiveIds: [cv?.id] },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json<ObjectiveProgress>()).toMatchObject({ reached: 0, total: 2 });
    await phone.request({
      method: 'POST',
      url: `/api/me/awards/${offered.id}/accept`,
      payload: { name: { kind: 'pseudonym' } },
    });
    const referent = await loginAs(ctx.app, world.staff.referent);
    const file = await referent.request({
      method: 'GET',
      url: `/api/participants/${p.id}/objectives`,
    });
    const after = file.json<ObjectiveProgress>();
    expect(after).toMatchObject({ reached: 1, total: 2 });
    expect(after.objectives[0]).toMatchObject({
      text: 'Rédiger son CV',
      reached: true,
      badges: [{ awardId: offered.id, status: 'accepted' }],
    });
    await revokeAward(ctx.services, TEST_PUBLIC_URL, world.staff.referent, offered.id, 'Erreur.');
    const revoked = await phone.request({ method: 'GET', url: '/api/me/objectives' });
    expect(revoked.json<ObjectiveProgress>().reached).toBe(0);
  });

  it('links only the contract’s own objectives, and only one’s own badges', async () => {
    const { p, badge, phone, progress } = await setting();
    const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    const other = await setting();
    const foreign = other.progress.objectives[0]?.id;
    const wrong = await phone.request({
      method: 'PUT',
      url: `/api/me/awards/${award.id}/objectives`,
      payload: { objectiveIds: [foreign] },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: 'badges.objective_not_in_contract' } });
    const theirs = await other.phone.request({
      method: 'PUT',
      url: `/api/me/awards/${award.id}/objectives`,
      payload: { objectiveIds: [] },
    });
    expect(theirs.statusCode).toBe(404);
    const referent = await loginAs(ctx.app, world.staff.referent);
    const byTeam = await referent.request({
      method: 'PUT',
      url: `/api/awards/${award.id}/objectives`,
      payload: { objectiveIds: progress.objectives.map((o) => o.id) },
    });
    expect(byTeam.json<ObjectiveProgress>()).toMatchObject({ reached: 2, total: 2 });
    const stranger = await loginAs(ctx.app, world.staff.stranger);
    const hidden = await stranger.request({
      method: 'GET',
      url: `/api/participants/${p.id}/objectives`,
    });
    expect(hidden.statusCode).toBe(404);
  });
});
