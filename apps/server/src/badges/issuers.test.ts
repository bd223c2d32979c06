import type { Achievement } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { StartupRefusedError } from '../errors/index.js';
import { multipart, phoneJpeg, png } from '../experiences/test-support/factories.js';
import { PUBLIC_NAME } from '../organisations/policy.js';
import { TEST_PUBLIC_URL, useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeOrganisation, makeStaff } from '../test-support/factories.js';
import { buildWorld, type World } from '../test-support/world.js';
import { fixIssuerOrigin, issuerDid, slugOf } from './issuers.js';
import { achievementBody, makeAchievement } from './test-support/factories.js';

const ctx = useTestApp();
let world: World;
let badge: Achievement;
let slug: string;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
  slug = badge.issuerId.split(':').at(-1) ?? '';
});

const get = (url: string, accept?: string) =>
  ctx.app.inject({ method: 'GET', url, ...(accept ? { headers: { accept } } : {}) });

describe('issuers: each organisation is a did:web issuer (ADR 0019)', () => {
  it('makes the DID from PUBLIC_URL and a slug of the public name; a port is percent-encoded', () => {
    expect(badge.issuerId).toBe(issuerDid(TEST_PUBLIC_URL, slug));
    expect(badge.issuerId).toMatch(/^did:web:territoires\.example:issuers:[a-z0-9-]+$/);
    expect(issuerDid('http://127.0.0.1:4321', 'e2c')).toBe('did:web:127.0.0.1%3A4321:issuers:e2c');
    expect(slugOf('Café des images – Hérouville')).toBe('cafe-des-images-herouville');
    expect(slugOf('!!!')).toBe('organisation');
  });

  it('serves the DID document: an Ed25519 Multikey and a P-256 JWK, both for assertions', async () => {
    const res = await get(`/issuers/${slug}/did.json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const doc = res.json<{
      id: string;
      verificationMethod: { id: string; type: string }[];
      assertionMethod: string[];
    }>();
    expect(doc.id).toBe(badge.issuerId);
    expect(doc.verificationMethod.map((m) => m.type).sort()).toEqual(['JsonWebKey', 'Multikey']);
    expect(doc.assertionMethod).toEqual(doc.verificationMethod.map((m) => m.id));
    expect(JSON.stringify(doc)).not.toMatch(/"d":/);
  });

  it('serves the Profile as JSON-LD to machines and a page to people, under the CSP', async () => {
    const json = await get(`/issuers/${slug}`, 'application/ld+json');
    expect(json.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(json.json()).toMatchObject({
      id: badge.issuerId,
      type: ['Profile'],
      name: badge.issuerName,
    });
    const html = await get(`/issuers/${slug}`, 'text/html,application/xhtml+xml');
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain(badge.issuerId);
    expect(html.body).toContain(badge.name.replace('’', '’'));
    expect(html.body).not.toMatch(/<script|<style|style=/);
    expect(html.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await get('/issuers/nobody/did.json')).statusCode).toBe(404);
    expect((await get('/issuers/..%2Fetc')).statusCode).toBe(404);
  });

  it('issues under the public name when the organisation has a sensitive one, in the slug too', async () => {
    const shelter = await makeOrganisation(ctx.database.db, {
      name: 'Foyer Addictions Secret',
      kind: 'consortium_member',
      sensitiveName: true,
    });
    const staff = await makeStaff(ctx.database.db, {
      role: 'referent',
      organisationId: shelter.id,
    });
    const made = await makeAchievement(ctx.services, staff, shelter.id);
    expect(made.issuerName).toBe(PUBLIC_NAME);
    expect(made.issuerId).not.toMatch(/foyer|addiction|secret/i);
    const profile = await get(
      `/issuers/${made.issuerId.split(':').at(-1) ?? ''}`,
      'application/json',
    );
    expect(profile.body).not.toMatch(/Foyer|Addictions|Secret/);
  });

  it('fixes the PUBLIC_URL at first start and refuses another one, saying why', async () => {
    const { db } = ctx.database;
    await fixIssuerOrigin(db, TEST_PUBLIC_URL);
    await fixIssuerOrigin(db, TEST_PUBLIC_URL);
    const refused = fixIssuerOrigin(db, 'https://elsewhere.example');
    await expect(refused).rejects.toBeInstanceOf(StartupRefusedError);
    await expect(fixIssuerOrigin(db, 'https://elsewhere.example')).rejects.toThrow(
      /PUBLIC_URL is https:\/\/elsewhere\.example, but .* made at https:\/\/territoires\.example/,
    );
  });
});

describe('the badge designer', () => {
  let referent: Client;
  beforeAll(async () => {
    referent = await loginAs(ctx.app, world.staff.referent);
  });

  it('needs French texts, a type of the OB 3.0 vocabulary and a text alternative', async () => {
    const { imageAlt: _, ...noAlt } = achievementBody(world.following);
    for (const payload of [
      noAlt,
      { ...achievementBody(world.following), achievementType: 'Diploma' },
      { ...achievementBody(world.following), name: '  ' },
    ]) {
      const res = await referent.request({
        method: 'POST',
        url: '/api/badges/achievements',
        payload,
      });
      expect(res.statusCode, res.body).toBe(400);
    }
  });

  it('offers the organisations the viewer speaks for: theirs, every member for coordination', async () => {
    const ids = async (who: keyof World['staff']) => {
      const client = await loginAs(ctx.app, world.staff[who]);
      const res = await client.request({ method: 'GET', url: '/api/badges/issuers' });
      return res.json<{ organisationId: string; issuerId: string | null }[]>();
    };
    expect(await ids('referent')).toEqual([
      {
        organisationId: world.following,
        name: expect.any(String) as unknown,
        issuerId: badge.issuerId,
      },
    ]);
    expect((await ids('coordination')).map((i) => i.organisationId)).toEqual(
      expect.arrayContaining([world.following, world.partner]),
    );
    expect(await ids('partner_staff')).toEqual([]);
    expect(await ids('evaluator')).toEqual([]);
  });

  it('takes a PNG image (re-encoded, served for good at its own address), refuses anything else', async () => {
    const url = `/api/badges/achievements/${badge.id}/image`;
    const refused = await referent.request({
      method: 'POST',
      url,
      ...multipart(await phoneJpeg(), 'x.jpg', 'image/jpeg'),
    });
    expect(refused.json()).toMatchObject({ error: { code: 'badges.image_not_png' } });
    const res = await referent.request({
      method: 'POST',
      url,
      ...multipart(await png(), 'b.png', 'image/png'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const { imageUrl } = res.json<Achievement>();
    expect(imageUrl).toMatch(new RegExp(`^/issuers/${slug}/images/[0-9a-f-]{36}\\.png$`));
    const image = await get(imageUrl ?? '');
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['cache-control']).toContain('immutable');
    const achievement = await get(`/issuers/${slug}/achievements/${badge.id}`);
    expect(achievement.json()).toMatchObject({
      image: { id: `${TEST_PUBLIC_URL}${imageUrl ?? ''}`, caption: badge.imageAlt },
    });
  });

  it('lists the badges of the viewer’s organisations', async () => {
    const res = await referent.request({ method: 'GET', url: '/api/badges/achievements' });
    const list = res.json<Achievement[]>();
    expect(list.map((b) => b.id)).toContain(badge.id);
    expect(list.find((b) => b.id === badge.id)?.can).toEqual({ edit: true, award: true });
    const partner = await loginAs(ctx.app, world.staff.partner_staff);
    const theirs = await partner.request({ method: 'GET', url: '/api/badges/achievements' });
    expect(theirs.json<Achievement[]>().map((b) => b.id)).not.toContain(badge.id);
  });
});
