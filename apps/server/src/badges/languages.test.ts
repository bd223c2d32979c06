import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUBLIC_URL, useTestApp } from '../test-support/app.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { awards } from './tables.js';
import { acceptedAward, makeAchievement } from './test-support/factories.js';
import { verifyHere } from './test-support/verify-here.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

const ENGLISH = {
  nameEn: 'Workshop safety',
  descriptionEn: 'Works safely on the fablab machines.',
  criteriaEn: 'Took the safety training and used two machines under a facilitator’s eye.',
};

const get = (url: string) => ctx.app.inject({ method: 'GET', url });

describe('a badge written in French and English (OB 3.0 `related`)', () => {
  it('signs the French achievement naming its English version, served at its own address', async () => {
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following, {
      ...ENGLISH,
      criteriaEn: undefined,
    });
    const p = await followedParticipant(ctx.services, world);
    const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    const [row] = await ctx.database.db.select().from(awards).where(eq(awards.id, award.id));
    const credential = row?.credential as {
      credentialSubject: { achievement: Record<string, unknown> };
    };
    const { achievement } = credential.credentialSubject;
    const frenchUrl = achievement.id as string;
    expect(achievement).toMatchObject({
      name: badge.name,
      inLanguage: 'fr',
      related: [{ id: `${frenchUrl}/en`, type: ['Related'], inLanguage: 'en' }],
    });
    expect((await verifyHere(ctx.app, credential)).result).toBe('verified');

    const english = await get(`${frenchUrl.slice(TEST_PUBLIC_URL.length)}/en`);
    expect(english.statusCode).toBe(200);
    expect(english.json()).toMatchObject({
      id: `${frenchUrl}/en`,
      name: ENGLISH.nameEn,
      description: ENGLISH.descriptionEn,
      // No English criteria written: the French stands.
      criteria: { narrative: badge.criteria },
      inLanguage: 'en',
      related: [{ id: frenchUrl, type: ['Related'], inLanguage: 'fr' }],
    });
  });

  it('has no English version, nor `related`, when none was written', async () => {
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const slug = badge.issuerId.split(':').at(-1) ?? '';
    const french = await get(`/issuers/${slug}/achievements/${badge.id}`);
    expect(french.statusCode).toBe(200);
    expect(french.json()).not.toHaveProperty('related');
    expect((await get(`/issuers/${slug}/achievements/${badge.id}/en`)).statusCode).toBe(404);
    expect((await get(`/issuers/${slug}/achievements/${badge.id}/de`)).statusCode).toBe(404);
  });
});
