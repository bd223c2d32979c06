import type { ShareLink, Verification } from '@territoires/contracts';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../experiences/test-support/factories.js';
import { useTestApp } from '../../test-support/app.js';
import { loginAs } from '../../test-support/clients.js';
import {
  loginParticipant,
  type ParticipantClient,
} from '../../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { acceptedAward, makeAchievement } from '../test-support/factories.js';
import { verifyOnPlatform } from '../test-support/verify-here.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

async function earner(stage: 'discovery' | 'contract' = 'discovery') {
  const p = await followedParticipant(ctx.services, world, stage);
  const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
  const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
  const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
  return { p, phone, awardId: award.id };
}

const download = (phone: ParticipantClient, awardId: string, format: string) =>
  phone.request({ method: 'GET', url: `/api/me/awards/${awardId}/files/${format}` });

const verifyFile = async (bytes: Buffer, name: string, type: string) =>
  (
    await ctx.app.inject({
      method: 'POST',
      url: '/api/verify',
      ...multipart(bytes, name, type),
    })
  ).json<Verification>();

const verifyText = (text: string) => verifyOnPlatform(ctx.app, text, 'text/plain');

describe('downloads', () => {
  it('gives a baked PNG and SVG, the JSON and a VC-JWT, each verifying', async () => {
    const { phone, awardId } = await earner();
    const png = await download(phone, awardId, 'png');
    expect(png.statusCode, png.body).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-disposition']).toBe(
      'attachment; filename="securite-a-l-atelier.png"',
    );
    expect((await verifyFile(png.rawPayload, 'b.png', 'image/png')).result).toBe('verified');
    const svg = await download(phone, awardId, 'svg');
    expect((await verifyFile(svg.rawPayload, 'b.svg', 'image/svg+xml')).result).toBe('verified');
    const json = await download(phone, awardId, 'json');
    expect((await verifyText(json.body)).result).toBe('verified');
    const jwt = await download(phone, awardId, 'jwt');
    expect((await verifyText(jwt.body)).result).toBe('verified');
    expect((await download(phone, awardId, 'gif')).statusCode).toBe(400);
  });

  it('gives all my badges at once in a zip', async () => {
    const { p, phone } = await earner();
    const other = await makeAchievement(ctx.services, world.staff.coordinator, world.following, {
      name: 'Accueil du public',
    });
    await acceptedAward(ctx.services, world.staff.referent, p.id, other.id);
    const res = await phone.request({ method: 'GET', url: '/api/me/backpack/badges.zip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const names = Object.keys(unzipSync(new Uint8Array(res.rawPayload))).sort();
    expect(names).toEqual([
      'accueil-du-public/accueil-du-public.json',
      'accueil-du-public/accueil-du-public.jwt',
      'accueil-du-public/accueil-du-public.png',
      'accueil-du-public/accueil-du-public.svg',
      'securite-a-l-atelier/securite-a-l-atelier.json',
      'securite-a-l-atelier/securite-a-l-atelier.jwt',
      'securite-a-l-atelier/securite-a-l-atelier.png',
      'securite-a-l-atelier/securite-a-l-atelier.svg',
    ]);
  });

  it('keeps the backpack after an exit: downloads and share links still work', async () => {
    const { p, phone, awardId } = await earner('contract');
    const referent = await loginAs(ctx.app, world.staff.referent);
    const exit = await referent.request({
      method: 'POST',
      url: `/api/participants/${p.id}/exit`,
      payload: { version: p.version, exitOn: '2026-03-14', situation: 'civic_service' },
    });
    expect(exit.statusCode, exit.body).toBe(201);
    const again = await loginParticipant(ctx.app, p.id, world.staff.referent);
    for (const client of [phone, again]) {
      expect((await download(client, awardId, 'png')).statusCode).toBe(200);
    }
    const made = await again.request({
      method: 'POST',
      url: `/api/me/awards/${awardId}/share`,
      payload: {},
    });
    const page = await ctx.app.inject({
      method: 'GET',
      url: new URL(made.json<ShareLink>().url).pathname,
    });
    expect(page.body).toContain('data-result="verified"');
  });

  it('gives nothing of someone else’s badge', async () => {
    const mine = await earner();
    const theirs = await earner();
    expect((await download(mine.phone, theirs.awardId, 'json')).statusCode).toBe(404);
  });
});
