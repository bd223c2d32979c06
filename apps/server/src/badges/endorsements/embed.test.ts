import type { Endorsement } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUBLIC_URL, useTestApp } from '../../test-support/app.js';
import { anonymousClient } from '../../test-support/clients.js';
import { loginParticipant } from '../../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../../test-support/world.js';
import { acceptedAward, makeAchievement } from '../test-support/factories.js';
import { verifyHere } from '../test-support/verify-here.js';
import { endorseAsOrganisation } from './endorse.js';
import { endorsed } from './test-support/factories.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

describe('accepted endorsements travel with the badge: share page and downloads', () => {
  it('embeds the accepted ones where OB 3.0 puts them, signed again, verified with them', async () => {
    const badge = await makeAchievement(ctx.services, world.staff.coordination, world.following);
    const p = await followedParticipant(ctx.services, world);
    const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    const target = { kind: 'award' as const, id: award.id };
    const kept = await endorsed(ctx.services, world.staff.referent, target);
    const left = await endorsed(ctx.services, world.staff.referent, target, { name: 'Léa Pas' });
    await endorseAsOrganisation(ctx.services, TEST_PUBLIC_URL, world.staff.coordination, {
      target: { kind: 'achievement', id: badge.id },
      organisationId: world.partner,
      comment: 'Un badge que nous reconnaissons.',
    });
    const me = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const answer = (e: Endorsement, what: 'accept' | 'decline') =>
      me.request({ method: 'POST', url: `/api/me/endorsements/${e.id}/${what}` });
    expect((await answer(kept, 'accept')).statusCode).toBe(200);
    expect((await answer(left, 'decline')).statusCode).toBe(200);

    const file = await me.request({ method: 'GET', url: `/api/me/awards/${award.id}/files/json` });
    expect(file.statusCode, file.body).toBe(200);
    const credential = file.json<Record<string, unknown>>();
    expect(credential.endorsement).toEqual([kept.credential]);
    expect(credential.credentialSubject).toMatchObject({
      achievement: {
        endorsement: [
          expect.objectContaining({ type: ['VerifiableCredential', 'EndorsementCredential'] }),
        ],
      },
    });
    const result = await verifyHere(ctx.app, credential);
    expect(result.errors).toEqual([]);
    expect(result.result).toBe('verified');
    expect(result.checks.find((c) => c.id === 'endorsements')?.status).toBe('passed');

    const shared = await me.request({
      method: 'POST',
      url: `/api/me/awards/${award.id}/share`,
      payload: {},
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const path = new URL(shared.json<{ url: string }>().url).pathname;
    const page = await anonymousClient(ctx.app).request({ method: 'GET', url: path });
    expect(page.body).toContain('Karim Haddad');
    expect(page.body).toContain('Un badge que nous reconnaissons.');
    expect(page.body).not.toContain('Léa Pas');
  });

  it('signs the same endorsed document once; a new endorsement is signed anew', async () => {
    const badge = await makeAchievement(ctx.services, world.staff.coordination, world.following);
    const p = await followedParticipant(ctx.services, world);
    const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    const target = { kind: 'award' as const, id: award.id };
    const me = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const accept = async (e: Endorsement) => {
      const res = await me.request({ method: 'POST', url: `/api/me/endorsements/${e.id}/accept` });
      expect(res.statusCode).toBe(200);
    };
    const file = async () =>
      (await me.request({ method: 'GET', url: `/api/me/awards/${award.id}/files/json` })).json<
        Record<string, unknown>
      >();
    await accept(await endorsed(ctx.services, world.staff.referent, target));
    const first = await file();
    // A minute later, the same document: not signed again (a new signing would carry the new date).
    ctx.setNow(new Date(ctx.services.clock().getTime() + 60_000));
    expect(await file()).toEqual(first);
    await accept(await endorsed(ctx.services, world.staff.referent, target, { name: 'Léa Pas' }));
    const second = await file();
    expect(second.endorsement).toHaveLength(2);
    expect(second.proof).not.toEqual(first.proof);
    expect((await verifyHere(ctx.app, second)).result).toBe('verified');
  });
});
