import type { VcJwt } from '@territoires/contracts';

import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { loginParticipant } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { acceptedAward, makeAchievement, offer } from './test-support/factories.js';
import { verifyHere } from './test-support/verify-here.js';

const ctx = useTestApp();
let world: World;
let referent: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
});

const payloadOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
const headerOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;

describe('VC-JWT on demand', () => {
  it('signs the accepted credential as ES256 with the issuer’s P-256 key; it verifies here', async () => {
    const p = await followedParticipant(ctx.services, world);
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    const res = await referent.request({ method: 'GET', url: `/api/awards/${award.id}/vc-jwt` });
    expect(res.statusCode, res.body).toBe(200);
    const { jwt, format } = res.json<VcJwt>();
    expect(format).toBe('vc+jwt');
    expect(headerOf(jwt)).toMatchObject({ alg: 'ES256', typ: 'JWT' });
    expect(String(headerOf(jwt).kid)).toContain(badge.issuerId);
    const payload = payloadOf(jwt);
    expect(payload).toMatchObject({ iss: badge.issuerId, exp: expect.any(Number) as unknown });
    expect(payload.proof).toBeUndefined();
    const result = await verifyHere(ctx.app, jwt);
    expect(result.errors).toEqual([]);
    expect(result.result).toBe('verified');

    const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const mine = await phone.request({ method: 'GET', url: `/api/me/awards/${award.id}/vc-jwt` });
    expect(mine.statusCode).toBe(200);
  });

  it('has none for a badge not signed, and none for someone who does not see the file', async () => {
    const p = await followedParticipant(ctx.services, world);
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const offered = await offer(ctx.services, world.staff.referent, p.id, badge.id);
    const res = await referent.request({ method: 'GET', url: `/api/awards/${offered.id}/vc-jwt` });
    expect(res.json()).toMatchObject({ error: { code: 'badges.not_signed' } });
    const stranger = await loginAs(ctx.app, world.staff.stranger);
    const hidden = await stranger.request({
      method: 'GET',
      url: `/api/awards/${offered.id}/vc-jwt`,
    });
    expect(hidden.statusCode).toBe(404);
  });
});
