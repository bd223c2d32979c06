import type { BackpackEntry, ShareLink } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUBLIC_URL, useTestApp } from '../../test-support/app.js';
import {
  loginParticipant,
  type ParticipantClient,
} from '../../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { revokeAward } from '../awards.js';
import { awardShares } from '../tables.js';
import { acceptedAward, makeAchievement, offer } from '../test-support/factories.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

/** A participant with an accepted badge, signed in on their phone. */
async function earner(): Promise<{ phone: ParticipantClient; awardId: string }> {
  const p = await followedParticipant(ctx.services, world);
  const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
  const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
  const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
  return { phone, awardId: award.id };
}

async function share(phone: ParticipantClient, awardId: string, showEvidence = false) {
  const res = await phone.request({
    method: 'POST',
    url: `/api/me/awards/${awardId}/share`,
    payload: { showEvidence },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ShareLink>();
}

const open = (url: string) => ctx.app.inject({ method: 'GET', url: new URL(url).pathname });

describe('share links', () => {
  it('opens a page an employer reads: the badge, the issuer, each check verified, a QR code', async () => {
    const { phone, awardId } = await earner();
    const link = await share(phone, awardId);
    expect(link.url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/partage/[A-Za-z0-9_-]{43}$`));
    expect(link.qrSvg).toContain('<svg');
    const page = await open(link.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Sécurité à l’atelier</h1>');
    expect(page.body).toContain('data-result="verified"');
    expect(page.body).toContain('La signature de l’émetteur est bonne');
    expect(page.body).toContain('Membre du consortium Territoires Partagés.');
    expect(page.body).toContain('alt="QR code de cette page"');
    expect(page.body).not.toContain('<script');
    const json = await open(`${link.url}/badge.json`);
    expect(json.json()).toMatchObject({
      type: expect.arrayContaining(['AchievementCredential']) as unknown,
    });
    const backpack = (await phone.request({ method: 'GET', url: '/api/me/backpack' })).json<
      BackpackEntry[]
    >();
    expect(backpack.find((e) => e.award.id === awardId)?.share).toMatchObject({
      showEvidence: false,
    });
  });

  it('keeps only the token’s hash', async () => {
    const { phone, awardId } = await earner();
    const link = await share(phone, awardId);
    const token = link.url.split('/').pop() ?? '';
    const rows = await ctx.database.db.select().from(awardShares);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('answers byte for byte alike for an unknown link, a stopped one and a hidden badge’s', async () => {
    const unknown = await ctx.app.inject({ method: 'GET', url: `/partage/${'A'.repeat(43)}` });
    const malformed = await ctx.app.inject({ method: 'GET', url: '/partage/abc' });

    const first = await earner();
    const stopped = await share(first.phone, first.awardId);
    const stop = await first.phone.request({
      method: 'DELETE',
      url: `/api/me/awards/${first.awardId}/share`,
    });
    expect(stop.json<BackpackEntry>().share).toBeNull();

    const second = await earner();
    const hiddenLink = await share(second.phone, second.awardId);
    const hide = await second.phone.request({
      method: 'PUT',
      url: `/api/me/awards/${second.awardId}/visibility`,
      payload: { hidden: true },
    });
    expect(hide.json<BackpackEntry>()).toMatchObject({ hidden: true, share: null });

    // A replaced link stops too.
    const third = await earner();
    const replaced = await share(third.phone, third.awardId);
    await share(third.phone, third.awardId);

    const answers = await Promise.all(
      [stopped.url, hiddenLink.url, replaced.url, `${hiddenLink.url}/badge.json`].map(open),
    );
    for (const res of [malformed, ...answers]) {
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe(unknown.headers['content-type']);
      expect(res.body).toBe(unknown.body);
    }
    expect(unknown.statusCode).toBe(404);
  });

  it('says a revoked badge is revoked, on its page', async () => {
    const { phone, awardId } = await earner();
    const link = await share(phone, awardId);
    await revokeAward(ctx.services, TEST_PUBLIC_URL, world.staff.referent, awardId, 'Erreur.');
    const page = await open(link.url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-result="not_verified"');
    expect(page.body).toContain('L’émetteur a retiré (révoqué) ce badge');
  });

  it('shares only my own accepted badges that I have not hidden', async () => {
    const p = await followedParticipant(ctx.services, world);
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const offered = await offer(ctx.services, world.staff.referent, p.id, badge.id);
    const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const notYet = await phone.request({
      method: 'POST',
      url: `/api/me/awards/${offered.id}/share`,
      payload: {},
    });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json()).toMatchObject({ error: { code: 'badges.not_shareable' } });
    const other = await earner();
    const theirs = await phone.request({
      method: 'POST',
      url: `/api/me/awards/${other.awardId}/share`,
      payload: {},
    });
    expect(theirs.statusCode).toBe(404);
    await other.phone.request({
      method: 'PUT',
      url: `/api/me/awards/${other.awardId}/visibility`,
      payload: { hidden: true },
    });
    const hidden = await other.phone.request({
      method: 'POST',
      url: `/api/me/awards/${other.awardId}/share`,
      payload: {},
    });
    expect(hidden.statusCode).toBe(409);
  });
});
