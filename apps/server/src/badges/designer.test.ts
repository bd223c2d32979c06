import type { Achievement, RomeJob } from '@territoires/contracts';

import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../experiences/test-support/factories.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { awards } from './tables.js';
import { generateBody, template } from './test-support/designer.js';
import { acceptedAward, achievementBody, makeAchievement } from './test-support/factories.js';
import { verifyHere } from './test-support/verify-here.js';

const ctx = useTestApp();
let world: World;
let referent: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
});

const get = (url: string) => ctx.app.inject({ method: 'GET', url });
const fresh = () => makeAchievement(ctx.services, world.staff.coordinator, world.following);
const pngSize = async (bytes: Buffer) => {
  const meta = await sharp(bytes).metadata();
  return [meta.format, meta.width, meta.height];
};

const SVG = (body: string) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${body}</svg>`);
const ESCO = 'http://data.europa.eu/esco/skill/0c4b54d9-5b5a-4a0b-9a59-3b2b3c0f4c9e';

describe('the designer’s images', () => {
  it('takes a clean SVG, drawn and served as a 512 px PNG', async () => {
    const badge = await fresh();
    const res = await referent.request({
      method: 'POST',
      url: `/api/badges/achievements/${badge.id}/image`,
      ...multipart(SVG('<circle cx="32" cy="32" r="30" fill="#2a6"/>'), 'b.svg', 'image/svg+xml'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const image = await get(res.json<Achievement>().imageUrl ?? '');
    expect(image.headers['content-type']).toBe('image/png');
    expect(await pngSize(image.rawPayload)).toEqual(['png', 512, 512]);
  });

  it('refuses an SVG with a script or an external reference, and keeps the image it had', async () => {
    const badge = await fresh();
    for (const body of [
      '<script>alert(1)</script>',
      '<image href="https://tracker.example/pixel.png" width="1" height="1"/>',
    ]) {
      const res = await referent.request({
        method: 'POST',
        url: `/api/badges/achievements/${badge.id}/image`,
        ...multipart(SVG(body), 'b.svg', 'image/svg+xml'),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'badges.svg_unsafe' } });
    }
    const list = await referent.request({ method: 'GET', url: '/api/badges/achievements' });
    expect(list.json<Achievement[]>().find((b) => b.id === badge.id)?.imageUrl).toBeNull();
  });

  it('generates the image from a template, with its text alternative', async () => {
    const badge = await fresh();
    const res = await referent.request({
      method: 'POST',
      url: `/api/badges/achievements/${badge.id}/image/generated`,
      payload: generateBody,
    });
    expect(res.statusCode, res.body).toBe(200);
    const made = res.json<Achievement>();
    expect(made.imageAlt).toBe(generateBody.imageAlt);
    expect(made.version).toBe(badge.version + 1);
    const image = await get(made.imageUrl ?? '');
    expect(await pngSize(image.rawPayload)).toEqual(['png', 512, 512]);
    const bad = await referent.request({
      method: 'POST',
      url: `/api/badges/achievements/${badge.id}/image/generated`,
      payload: { ...generateBody, background: 'red', imageAlt: ' ' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('previews a template without storing it', async () => {
    const query = new URLSearchParams(template).toString();
    const res = await referent.request({
      method: 'GET',
      url: `/api/badges/image-preview?${query}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { dataUrl } = res.json<{ dataUrl: string }>();
    expect(dataUrl).toMatch(/^data:image\/png;base64,/);
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    expect(await pngSize(bytes)).toEqual(['png', 512, 512]);
  });
});

describe('the designer’s alignments', () => {
  it('searches the ROME by job family or job title', async () => {
    const search = async (q: string) =>
      (
        await referent.request({
          method: 'GET',
          url: `/api/badges/rome?q=${encodeURIComponent(q)}`,
        })
      ).json<RomeJob[]>();
    expect(await search('cuisinier')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'G1602', label: 'Personnel de cuisine' }),
      ]),
    );
    // Each job title is a line of its own, with its OGR code, to align to the exact job.
    expect(await search('cuisinier collectivite')).toEqual([
      {
        code: 'G1602',
        label: 'Personnel de cuisine',
        match: 'Cuisinier / Cuisinière de collectivité',
        appellation: '13863',
      },
    ]);
    expect((await search('espaces verts'))[0]).toMatchObject({
      code: 'A1203',
      match: null,
      appellation: null,
    });
    expect((await search('G1602'))[0]).toMatchObject({ code: 'G1602' });
    expect((await search('zzzz')).length).toBe(0);
  });

  it('names ROME jobs and thématiques from the referentials; an unknown code is refused', async () => {
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following, {
      alignments: [
        { kind: 'rome', code: 'G1602' },
        { kind: 'thematique', code: 'remobilisation--lien-social' },
        { kind: 'esco', code: ESCO, name: 'travailler en équipe' },
        { kind: 'rome', code: 'G1602' },
      ],
    });
    expect(badge.alignments).toEqual([
      { kind: 'rome', code: 'G1602', name: 'Personnel de cuisine' },
      { kind: 'thematique', code: 'remobilisation--lien-social', name: 'Lien social' },
      { kind: 'esco', code: ESCO, name: 'travailler en équipe' },
    ]);
    const { organisationId: _, ...fields } = achievementBody(world.following);
    const res = await referent.request({
      method: 'PUT',
      url: `/api/badges/achievements/${badge.id}`,
      payload: { ...fields, version: badge.version, alignments: [{ kind: 'rome', code: 'A9999' }] },
    });
    expect(res.json()).toMatchObject({ error: { code: 'badges.unknown_rome_code' } });
    expect(res.statusCode).toBe(400);
    // A cook's job title is not a gardener's.
    const mismatched = await referent.request({
      method: 'PUT',
      url: `/api/badges/achievements/${badge.id}`,
      payload: {
        ...fields,
        version: badge.version,
        alignments: [{ kind: 'rome', code: 'A1203', appellation: '13861' }],
      },
    });
    expect(mismatched.json()).toMatchObject({ error: { code: 'badges.unknown_rome_code' } });
  });

  it('writes them in the signed credential as OB 3.0 Alignments, which verifies', async () => {
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following, {
      alignments: [
        { kind: 'rome', code: 'A1203' },
        { kind: 'rome', code: 'G1602', appellation: '13861' },
        { kind: 'thematique', code: 'trouver-un-emploi--convaincre-un-recruteur-en-entretien' },
        { kind: 'esco', code: ESCO, name: 'travailler en équipe' },
      ],
    });
    const p = await followedParticipant(ctx.services, world);
    const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    const [row] = await ctx.database.db.select().from(awards).where(eq(awards.id, award.id));
    const credential = row?.credential ?? {};
    const subject = credential.credentialSubject as { achievement: { alignment: unknown } };
    expect(subject.achievement.alignment).toEqual([
      {
        type: ['Alignment'],
        targetName: 'Aménagement et entretien des espaces verts',
        targetUrl: 'https://candidat.francetravail.fr/metierscope/fiche-metier/A1203',
        targetCode: 'A1203',
        targetFramework: 'ROME (France Travail)',
        targetType: 'ext:ROME',
      },
      {
        type: ['Alignment'],
        targetName: 'Cuisinier / Cuisinière',
        targetDescription: 'ROME G1602 : Personnel de cuisine',
        targetUrl: 'https://candidat.francetravail.fr/metierscope/fiche-metier/G1602',
        targetCode: '13861',
        targetFramework: 'ROME (France Travail), appellations',
        targetType: 'ext:ROMEAppellation',
      },
      expect.objectContaining({
        targetCode: 'trouver-un-emploi--convaincre-un-recruteur-en-entretien',
        targetType: 'ext:DataInclusionThematique',
      }),
      expect.objectContaining({ targetUrl: ESCO, targetType: 'ceasn:Competency' }),
    ]);
    const result = await verifyHere(ctx.app, credential);
    expect(result.errors).toEqual([]);
    expect(result.checks.find((c) => c.id === 'schema')?.status).toBe('passed');
    expect(result.result).toBe('verified');
  });
});
