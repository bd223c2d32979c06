import type { ExpiringAward } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp } from '../test-support/app.js';
import { loginParticipant } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { endsSoon } from './expiry.js';
import { acceptedAward, makeAchievement } from './test-support/factories.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

describe('expiry: a badge with a validity period ends, and its earner is told a month before', () => {
  it('tells from a month before the end until the end, for signed badges only', () => {
    const award = { status: 'accepted', validUntil: '2027-03-15T10:00:00.000Z' };
    expect(endsSoon(award, new Date('2027-02-15T09:59:59Z'))).toBe(false);
    expect(endsSoon(award, new Date('2027-02-15T10:00:00Z'))).toBe(true);
    expect(endsSoon(award, new Date('2027-03-15T09:59:59Z'))).toBe(true);
    expect(endsSoon(award, new Date('2027-03-15T10:00:00Z'))).toBe(false);
    expect(endsSoon({ ...award, status: 'revoked' }, new Date('2027-03-01T00:00:00Z'))).toBe(false);
    expect(endsSoon({ status: 'accepted', validUntil: null }, new Date('2027-03-01'))).toBe(false);
  });

  it('signs validUntil from the validity period and lists the badge in the earner’s space in time', async () => {
    const p = await followedParticipant(ctx.services, world);
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following, {
      validityMonths: 6,
    });
    const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    expect(award.validUntil).toBe('2026-09-15T10:00:00.000Z');
    const read = async () => {
      // Signed in at the clock's time: a space session does not last months.
      const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
      return phone.request({ method: 'GET', url: '/api/me/awards/expiring' });
    };
    expect((await read()).json<ExpiringAward[]>()).toEqual([]);
    ctx.setNow(new Date('2026-08-20T08:00:00Z'));
    try {
      const res = await read();
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<ExpiringAward[]>()).toEqual([
        { awardId: award.id, name: badge.name, validUntil: '2026-09-15T10:00:00.000Z' },
      ]);
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });
});
