import type {
  Award,
  BadgeClaimPreview,
  CreatedBadgeClaim,
  GuestClaim,
  SessionBadgeClaims,
} from '@territoires/contracts';

import { beforeAll, describe, expect, it } from 'vitest';
import { makeOpenSession } from '../../attendance/test-support/factories.js';
import { TEST_NOW, TEST_PUBLIC_URL, useTestApp, type Client } from '../../test-support/app.js';
import { anonymousClient, loginAs, uniqueIp } from '../../test-support/clients.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { makeAchievement } from '../test-support/factories.js';
import { verifyHere } from '../test-support/verify-here.js';

const ctx = useTestApp();
let world: World;
let animateur: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  animateur = await loginAs(ctx.app, world.staff.partner_staff);
});

/** A session of the partner organisation, now, and one of its badges. */
async function setting() {
  const { db } = ctx.database;
  const session = await makeOpenSession(db, { organisationId: world.partner });
  const badge = await makeAchievement(ctx.services, world.staff.coordination, world.partner, {
    validityMonths: 12,
  });
  return { session, badge };
}

async function showCode(sessionId: string, achievementId: string): Promise<CreatedBadgeClaim> {
  const res = await animateur.request({
    method: 'POST',
    url: `/api/sessions/${sessionId}/badge-claims`,
    payload: { achievementId },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CreatedBadgeClaim>();
}

const tokenOf = (claim: CreatedBadgeClaim): string => claim.url.split('#')[1] ?? '';
const anonymous = (url: string, payload?: object) =>
  anonymousClient(ctx.app).request({
    method: payload ? 'POST' : 'GET',
    url,
    ...(payload ? { payload } : {}),
    remoteAddress: uniqueIp(),
  });

describe('claim codes at a session: everyone present, the animateur sees only how many', () => {
  it('shows a QR code of 128 bits from PUBLIC_URL and a short code, valid 24 hours', async () => {
    const { session, badge } = await setting();
    const claim = await showCode(session.id, badge.id);
    expect(claim.url.startsWith(`${TEST_PUBLIC_URL}/moi/recevoir#`)).toBe(true);
    const token = tokenOf(claim);
    expect(Buffer.from(token, 'base64url')).toHaveLength(16);
    expect(claim.shortCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(claim.qrSvg).toContain('<svg');
    expect(claim).toMatchObject({ achievementName: badge.name, claimedCount: 0, live: true });
    expect(new Date(claim.expiresAt).getTime() - TEST_NOW.getTime()).toBe(24 * 3_600_000);
  });

  it('lets a guest claim by the short code and download a credential that verifies', async () => {
    const { session, badge } = await setting();
    const claim = await showCode(session.id, badge.id);
    const typed = claim.shortCode.toLowerCase().replace('-', ' ');
    const preview = await anonymous(`/api/badge-claims/${encodeURIComponent(typed)}`);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json<BadgeClaimPreview>().achievement.name).toBe(badge.name);
    const res = await anonymous(`/api/badge-claims/${tokenOf(claim)}/guest`, {
      name: 'Jeanne Martin',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { credential, fileName } = res.json<GuestClaim>();
    expect(fileName).toMatch(/^badge-.+\.json$/);
    expect(credential).toMatchObject({
      issuer: { id: badge.issuerId },
      validUntil: '2027-03-15T10:00:00Z',
      credentialSubject: {
        identifier: [{ identityType: 'name', identityHash: 'Jeanne Martin' }],
        achievement: { name: badge.name },
      },
    });
    const result = await verifyHere(ctx.app, credential);
    expect(result.errors).toEqual([]);
    expect(result.result).toBe('verified');
  });

  it('offers the badge into a signed-in participant’s backpack; the count never says who', async () => {
    const { session, badge } = await setting();
    const claim = await showCode(session.id, badge.id);
    const p = await followedParticipant(ctx.services, world);
    const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const url = `/api/me/badge-claims/${tokenOf(claim)}`;
    const res = await phone.request({ method: 'POST', url, payload: {} });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Award>()).toMatchObject({ status: 'offered', can: { accept: true } });
    const again = await phone.request({ method: 'POST', url, payload: {} });
    expect(again.statusCode).toBe(409);
    await anonymous(`/api/badge-claims/${tokenOf(claim)}/guest`, { name: 'Un invité' });

    const read = await animateur.request({
      method: 'GET',
      url: `/api/sessions/${session.id}/badge-claims`,
    });
    expect(read.statusCode).toBe(200);
    const body = read.json<SessionBadgeClaims>();
    expect(body.claims).toMatchObject([{ id: claim.id, claimedCount: 2 }]);
    expect(body.achievements.map((a) => a.id)).toContain(badge.id);
    expect(read.body).not.toContain(p.id);
    expect(read.body).not.toContain(p.pseudonym);
    expect(read.body).not.toContain(tokenOf(claim));
  });

  it('answers unknown and expired codes alike', async () => {
    const { session, badge } = await setting();
    const claim = await showCode(session.id, badge.id);
    const unknown = await anonymous('/api/badge-claims/ZZZZ-ZZZZ');
    ctx.setNow(new Date(TEST_NOW.getTime() + 24 * 3_600_000 + 1000));
    try {
      const expired = await anonymous(`/api/badge-claims/${tokenOf(claim)}`);
      const late = await anonymous(`/api/badge-claims/${tokenOf(claim)}/guest`, { name: 'Jo' });
      for (const res of [unknown, expired, late]) {
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual(unknown.json());
      }
      expect(unknown.json()).toMatchObject({ error: { code: 'badges.claim_unknown' } });
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });

  it('refuses another organisation’s badge, a code far from the session, a stranger', async () => {
    const { session } = await setting();
    const elsewhere = await makeAchievement(
      ctx.services,
      world.staff.coordination,
      world.following,
    );
    const url = `/api/sessions/${session.id}/badge-claims`;
    const other = await animateur.request({
      method: 'POST',
      url,
      payload: { achievementId: elsewhere.id },
    });
    expect(other.json()).toMatchObject({ error: { code: 'badges.unknown_achievement' } });
    const { badge } = await setting();
    const past = await makeOpenSession(ctx.database.db, {
      organisationId: world.partner,
      startsAt: new Date(TEST_NOW.getTime() - 3 * 86_400_000),
    });
    const late = await animateur.request({
      method: 'POST',
      url: `/api/sessions/${past.id}/badge-claims`,
      payload: { achievementId: badge.id },
    });
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ error: { code: 'badges.claim_outside_session' } });
    const stranger = await loginAs(ctx.app, world.staff.stranger);
    const refused = await stranger.request({ method: 'GET', url });
    expect(refused.statusCode).toBe(403);
  });
});
