import type { Achievement, Award, ParticipantDetail } from '@territoires/contracts';
import type { VerifyResult } from '@territoires/open-badges';
import { eq, isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { timelineOf } from '../participants/index.js';
import { TEST_PUBLIC_URL, useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { loginParticipant } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { signedCredentials } from './export.js';
import { awards } from './tables.js';
import { acceptedAward, makeAchievement, offer } from './test-support/factories.js';
import { fetchFrom, verifyHere } from './test-support/verify-here.js';

const ctx = useTestApp();
let world: World;
let referent: Client;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
});

const check = (credential: object): Promise<VerifyResult> => verifyHere(ctx.app, credential);

const storedCredential = async (awardId: string) => {
  const [row] = await ctx.database.db.select().from(awards).where(eq(awards.id, awardId));
  if (!row?.credential) throw new Error('no credential');
  return row.credential;
};

const setting = async (): Promise<{ p: ParticipantDetail; badge: Achievement }> => ({
  p: await followedParticipant(ctx.services, world),
  badge: await makeAchievement(ctx.services, world.staff.coordinator, world.following),
});

describe('awards: offered, accepted on the phone, signed, verifiable anywhere', () => {
  it('signs on acceptance an AchievementCredential that verifies with the DID document served here', async () => {
    const { p, badge } = await setting();
    const offered = await referent.request({
      method: 'POST',
      url: `/api/participants/${p.id}/awards`,
      payload: { achievementId: badge.id },
    });
    expect(offered.statusCode, offered.body).toBe(201);
    const award = offered.json<Award>();
    expect(award).toMatchObject({ status: 'offered', can: { accept: true, revoke: false } });

    const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const mine = await phone.request({ method: 'GET', url: '/api/me/awards' });
    expect(mine.json<Award[]>().map((a) => a.id)).toEqual([award.id]);
    const accepted = await phone.request({
      method: 'POST',
      url: `/api/me/awards/${award.id}/accept`,
      payload: { name: { kind: 'pseudonym' } },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Award>()).toMatchObject({
      status: 'accepted',
      recipientName: p.pseudonym,
    });

    const credential = await storedCredential(award.id);
    expect(credential).toMatchObject({
      type: ['VerifiableCredential', 'AchievementCredential'],
      issuer: { id: badge.issuerId },
      awardedDate: '2026-03-15T10:00:00Z',
      validUntil: '2028-03-15T10:00:00Z',
      credentialSubject: {
        id: expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/) as unknown,
        identifier: [{ identityType: 'name', hashed: false, identityHash: p.pseudonym }],
        achievement: { name: badge.name, achievementType: 'ext:NonFormalLearning' },
      },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation' },
      proof: [{ cryptosuite: 'eddsa-rdfc-2022' }],
    });
    expect(JSON.stringify(credential)).not.toContain(p.id);
    const result = await check(credential);
    expect(result.errors).toEqual([]);
    expect(result.result).toBe('verified');

    const kinds = (await timelineOf(ctx.database.db, p.id)).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['badge_offered', 'badge_accepted']));
  });

  it('gives the same participant the same recipient URN, and each credential a random status index', async () => {
    const { p, badge } = await setting();
    const other = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const a = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id, {
      kind: 'none',
    });
    const b = await acceptedAward(ctx.services, world.staff.referent, p.id, other.id);
    const [ca, cb] = await Promise.all([storedCredential(a.id), storedCredential(b.id)]);
    const subject = (c: Record<string, unknown>) =>
      c.credentialSubject as { id: string; identifier?: unknown };
    expect(subject(ca).id).toBe(subject(cb).id);
    expect(subject(ca).identifier).toBeUndefined();
    const index = (c: Record<string, unknown>) =>
      Number((c.credentialStatus as { statusListIndex: string }).statusListIndex);
    expect(index(ca)).not.toBe(index(cb));
    expect(index(ca)).toBeLessThan(131_072);
  });

  it('revokes with a reason for the earner: the served status list reads revoked at once', async () => {
    const { p, badge } = await setting();
    const award = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    const credential = await storedCredential(award.id);
    expect((await check(credential)).result).toBe('verified');
    const res = await referent.request({
      method: 'POST',
      url: `/api/awards/${award.id}/revoke`,
      payload: { reason: 'Attribué à la mauvaise personne, pardon.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Award>()).toMatchObject({
      status: 'revoked',
      revocationReason: 'Attribué à la mauvaise personne, pardon.',
    });
    const list = await ctx.app.inject({
      method: 'GET',
      url: new URL(
        (credential.credentialStatus as { statusListCredential: string }).statusListCredential,
      ).pathname,
    });
    expect(list.headers['cache-control']).toBe('public, max-age=60');
    const result = await check(credential);
    expect(result.result).toBe('not_verified');
    expect(result.checks.find((c) => c.id === 'status')).toMatchObject({
      status: 'failed',
      code: 'ob.status.revoked',
    });
    const again = await referent.request({
      method: 'POST',
      url: `/api/awards/${award.id}/revoke`,
      payload: { reason: 'Encore' },
    });
    expect(again.json()).toMatchObject({ error: { code: 'badges.not_revocable' } });
    const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const mine = (await phone.request({ method: 'GET', url: '/api/me/awards' })).json<Award[]>();
    expect(mine.find((a) => a.id === award.id)?.revocationReason).toBe(
      'Attribué à la mauvaise personne, pardon.',
    );
  });

  it('declining is final; the same badge may be offered anew, never twice at once', async () => {
    const { p, badge } = await setting();
    const award = await offer(ctx.services, world.staff.referent, p.id, badge.id);
    const twice = await referent.request({
      method: 'POST',
      url: `/api/participants/${p.id}/awards`,
      payload: { achievementId: badge.id },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'badges.already_awarded' } });
    const phone = await loginParticipant(ctx.app, p.id, world.staff.referent);
    const declined = await phone.request({
      method: 'POST',
      url: `/api/me/awards/${award.id}/decline`,
      payload: {},
    });
    expect(declined.json<Award>().status).toBe('declined');
    const late = await phone.request({
      method: 'POST',
      url: `/api/me/awards/${award.id}/accept`,
      payload: { name: { kind: 'none' } },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'badges.not_offered' } });
    const anew = await offer(ctx.services, world.staff.referent, p.id, badge.id);
    expect(anew.status).toBe('offered');
  });

  it("another participant's award is a missing one; an unknown badge is refused", async () => {
    const { p, badge } = await setting();
    const other = await followedParticipant(ctx.services, world);
    const award = await offer(ctx.services, world.staff.referent, p.id, badge.id);
    const phone = await loginParticipant(ctx.app, other.id, world.staff.referent);
    const res = await phone.request({
      method: 'POST',
      url: `/api/me/awards/${award.id}/accept`,
      payload: { name: { kind: 'none' } },
    });
    expect(res.statusCode).toBe(404);
    const unknown = await referent.request({
      method: 'POST',
      url: `/api/participants/${p.id}/awards`,
      payload: { achievementId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.json()).toMatchObject({ error: { code: 'badges.unknown_achievement' } });
  });
});

describe('issuer keys: rotation and revocation', () => {
  it('keeps what an old key signed verifiable after a rotation; a revoked key fails all it signed', async () => {
    const { p, badge } = await setting();
    const before = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    const old = await storedCredential(before.id);
    await ctx.services.issuerKeys.rotate(badge.issuerId);
    const second = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const after = await acceptedAward(ctx.services, world.staff.referent, p.id, second.id);
    const fresh = await storedCredential(after.id);
    const method = (c: Record<string, unknown>) =>
      (c.proof as { verificationMethod: string }[])[0]?.verificationMethod ?? '';
    expect(method(fresh)).not.toBe(method(old));
    expect((await check(old)).result).toBe('verified');
    expect((await check(fresh)).result).toBe('verified');

    await ctx.services.issuerKeys.revoke(badge.issuerId, method(old));
    const slug = badge.issuerId.split(':').at(-1) ?? '';
    const doc = (await fetchFrom(ctx.app)(`${TEST_PUBLIC_URL}/issuers/${slug}/did.json`)) as {
      assertionMethod: string[];
    };
    expect(doc.assertionMethod).not.toContain(method(old));
    const revoked = await check(old);
    expect(revoked.result).toBe('not_verified');
    expect(revoked.checks.find((c) => c.id === 'proof')).toMatchObject({
      code: 'ob.proof.key_revoked',
    });
    expect((await check(fresh)).result).toBe('verified');
  });
});

describe('territoires credentials export', () => {
  it('writes every signed credential as signed, one per line: each verifies or reads revoked', async () => {
    const lines: string[] = [];
    for await (const line of signedCredentials(ctx.database.db, 2)) lines.push(line);
    const signed = await ctx.database.db.$count(awards, isNotNull(awards.credential));
    expect(lines).toHaveLength(signed);
    expect(signed).toBeGreaterThan(3);
    for (const line of lines) {
      const result = await check(JSON.parse(line) as Record<string, unknown>);
      // Revoked awards read revoked; what the compromised key (above) signed fails its proof.
      const failed = result.checks.filter((c) => c.status === 'failed').map((c) => c.code);
      for (const code of failed)
        expect(['ob.status.revoked', 'ob.proof.key_revoked']).toContain(code);
    }
  });
});
