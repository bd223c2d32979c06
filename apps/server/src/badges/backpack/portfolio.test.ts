import type { CreateAchievementBody, Portfolio } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-support/app.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { acceptedAward, makeAchievement } from '../test-support/factories.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

describe('the portfolio', () => {
  it('shows the badges I share, by ROME job family, with their skills', async () => {
    const p = await followedParticipant(ctx.services, world);
    const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const made = async (name: string, alignments: CreateAchievementBody['alignments']) => {
      const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following, {
        name,
        alignments,
      });
      return (await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id)).id;
    };
    const kitchen = await made('Cuisine collective', [{ kind: 'rome', code: 'G1602' }]);
    const welcome = await made('Accueil', [
      {
        kind: 'thematique',
        code: 'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite',
      },
    ]);
    await made('Pas partagé', [{ kind: 'rome', code: 'G1602' }]);
    for (const id of [kitchen, welcome])
      await phone.request({ method: 'POST', url: `/api/me/awards/${id}/share`, payload: {} });
    const res = await phone.request({ method: 'GET', url: '/api/me/portfolio' });
    expect(res.statusCode, res.body).toBe(200);
    const { groups } = res.json<Portfolio>();
    expect(groups.map((g) => [g.family, g.badges.map((b) => b.name)])).toEqual([
      ['Hôtellerie, restauration, tourisme, loisirs et animation', ['Cuisine collective']],
      [null, ['Accueil']],
    ]);
    expect(groups[0]?.badges[0]?.jobs).toEqual(['Personnel de cuisine']);
    expect(groups[1]?.badges[0]?.skills).toEqual(['Découvrir un métier ou un secteur d’activité']);
  });
});
