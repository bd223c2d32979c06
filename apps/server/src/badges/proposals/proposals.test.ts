import type { Award, BadgeProposal } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { timelineOf } from '../../participants/index.js';
import { useTestApp, type Client } from '../../test-support/app.js';
import { loginAs } from '../../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { makeAchievement } from '../test-support/factories.js';

const ctx = useTestApp();
let world: World;
let referent: Client;
let issuerAdmin: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
  // The partner organisation's admin speaks for it as an issuer.
  issuerAdmin = await loginAs(ctx.app, world.staff.org_admin);
});

async function proposed(): Promise<{ proposal: BadgeProposal; participantId: string }> {
  const p = await followedParticipant(ctx.services, world);
  const badge = await makeAchievement(ctx.services, world.staff.coordination, world.partner);
  const res = await referent.request({
    method: 'POST',
    url: `/api/participants/${p.id}/badge-proposals`,
    payload: { achievementId: badge.id, reason: 'A animé deux projections.' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { proposal: res.json<BadgeProposal>(), participantId: p.id };
}

describe('a référent proposes another organisation’s badge; that organisation decides', () => {
  it('shows the proposal to the issuing organisation, which accepts: an offer of its own', async () => {
    const { proposal, participantId } = await proposed();
    expect(proposal).toMatchObject({ status: 'pending', can: { decide: false } });
    const incoming = await issuerAdmin.request({ method: 'GET', url: '/api/badges/proposals' });
    const mine = incoming.json<BadgeProposal[]>().find((p) => p.id === proposal.id);
    expect(mine).toMatchObject({
      reason: 'A animé deux projections.',
      can: { decide: true },
      participantPseudonym: expect.any(String) as unknown,
    });
    const none = await referent.request({ method: 'GET', url: '/api/badges/proposals' });
    expect(none.json<BadgeProposal[]>().map((p) => p.id)).not.toContain(proposal.id);

    const accepted = await issuerAdmin.request({
      method: 'POST',
      url: `/api/badge-proposals/${proposal.id}/accept`,
      payload: {},
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const done = accepted.json<BadgeProposal>();
    expect(done).toMatchObject({ status: 'accepted', can: { decide: false } });
    const awards = await referent.request({
      method: 'GET',
      url: `/api/participants/${participantId}/awards`,
    });
    expect(awards.json<Award[]>()).toMatchObject([
      { id: done.awardId, status: 'offered', achievement: { id: proposal.achievement.id } },
    ]);
    const again = await issuerAdmin.request({
      method: 'POST',
      url: `/api/badge-proposals/${proposal.id}/decline`,
      payload: { reason: 'Non.' },
    });
    expect(again.json()).toMatchObject({ error: { code: 'badges.proposal_decided' } });
  });

  it('declines with a reason the référent reads; nobody else may decide', async () => {
    const { proposal, participantId } = await proposed();
    const self = await referent.request({
      method: 'POST',
      url: `/api/badge-proposals/${proposal.id}/accept`,
      payload: {},
    });
    expect(self.statusCode).toBe(404);
    const declined = await issuerAdmin.request({
      method: 'POST',
      url: `/api/badge-proposals/${proposal.id}/decline`,
      payload: { reason: 'Ce badge demande une séance au Café.' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const list = await referent.request({
      method: 'GET',
      url: `/api/participants/${participantId}/badge-proposals`,
    });
    expect(list.json<BadgeProposal[]>()).toMatchObject([
      {
        id: proposal.id,
        status: 'declined',
        declineReason: 'Ce badge demande une séance au Café.',
      },
    ]);
    const kinds = (await timelineOf(ctx.database.db, participantId)).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['badge_proposed', 'badge_proposal_declined']));
  });
});
