import type { GuestClaim } from '@territoires/contracts';
import type { VerifyResult } from '@territoires/open-badges';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOpenSession } from '../attendance/test-support/factories.js';
import { TEST_PUBLIC_URL, useTestApp } from '../test-support/app.js';
import { anonymousClient } from '../test-support/clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { createClaim } from './claims/staff.js';
import { REISSUE_REASON, revokeCompromisedKey } from './reissue.js';
import { awards, badgeClaimCredentials } from './tables.js';
import { recordAwardAcceptances } from './bulk-acceptance.js';
import { acceptedAward, makeAchievement, offer } from './test-support/factories.js';
import { verifyHere } from './test-support/verify-here.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

const check = (credential: object): Promise<VerifyResult> => verifyHere(ctx.app, credential);

const keyOf = (credential: Record<string, unknown>) =>
  (credential.proof as { verificationMethod: string }[])[0]?.verificationMethod ?? '';

describe('a compromised key is revoked: what it signed reads revoked, and is signed anew', () => {
  it('revokes every credential the key signed and re-issues them with the new key', async () => {
    const { db } = ctx.database;
    const [p, q] = await Promise.all([
      followedParticipant(ctx.services, world),
      followedParticipant(ctx.services, world),
    ]);
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const first = await acceptedAward(ctx.services, world.staff.referent, p.id, badge.id);
    const second = await acceptedAward(ctx.services, world.staff.referent, q.id, badge.id);
    const session = await makeOpenSession(db, { organisationId: world.following });
    const claim = await createClaim(
      ctx.services,
      TEST_PUBLIC_URL,
      world.staff.referent,
      session.id,
      badge.id,
    );
    const guest = await anonymousClient(ctx.app).request({
      method: 'POST',
      url: `/api/badge-claims/${claim.url.split('#')[1] ?? ''}/guest`,
      payload: { name: 'Jeanne' },
    });
    const guestCredential = guest.json<GuestClaim>().credential;
    const stored = async (id: string) =>
      (await db.select().from(awards).where(eq(awards.id, id)))[0];
    const oldOne = (await stored(first.id))?.credential ?? {};
    const oldTwo = (await stored(second.id))?.credential ?? {};
    const compromised = keyOf(oldOne);
    expect(keyOf(guestCredential)).toBe(compromised);
    expect((await check(oldOne)).result).toBe('verified');

    const done = await revokeCompromisedKey(
      ctx.services,
      TEST_PUBLIC_URL,
      world.following,
      compromised,
    );
    expect(done).toEqual({ awards: 2, guests: 1 });

    for (const old of [oldOne, oldTwo, guestCredential]) {
      const result = await check(old);
      expect(result.result).toBe('not_verified');
      expect(result.checks.find((c) => c.id === 'status')).toMatchObject({
        status: 'failed',
        code: 'ob.status.revoked',
      });
    }
    expect(await stored(first.id)).toMatchObject({
      status: 'revoked',
      revocationReason: REISSUE_REASON,
    });
    const [anew] = await db
      .select()
      .from(awards)
      .where(and(eq(awards.reissuedFromId, first.id), eq(awards.status, 'accepted')));
    const credential = anew?.credential ?? {};
    expect(keyOf(credential)).not.toBe(compromised);
    expect(credential).toMatchObject({
      awardedDate: oldOne.awardedDate,
      credentialSubject: oldOne.credentialSubject as object,
    });
    expect(credential.id).not.toBe(oldOne.id);
    const result = await check(credential);
    expect(result.errors).toEqual([]);
    expect(result.result).toBe('verified');
    const reissuedGuests = await db
      .select()
      .from(badgeClaimCredentials)
      .where(eq(badgeClaimCredentials.claimId, claim.id));
    const fresh = reissuedGuests.find((row) => row.reissuedFromId !== null);
    expect((await check(fresh?.credential ?? {})).result).toBe('verified');

    expect(
      await revokeCompromisedKey(ctx.services, TEST_PUBLIC_URL, world.following, compromised),
    ).toEqual({ awards: 0, guests: 0 });
  });

  it('re-signs many at once on two worker threads: each verifies, on its own place', async () => {
    const { db } = ctx.database;
    const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
    const offered = [];
    for (let i = 0; i < 17; i += 1) {
      const p = await followedParticipant(ctx.services, world);
      offered.push(await offer(ctx.services, world.staff.referent, p.id, badge.id));
    }
    const items = offered.map((a) => ({ awardId: a.id, name: { kind: 'pseudonym' } as const }));
    await recordAwardAcceptances(ctx.services, TEST_PUBLIC_URL, world.staff.referent, items, {
      workers: 0,
    });
    const [one] = await db
      .select()
      .from(awards)
      .where(eq(awards.id, offered[0]?.id ?? ''));
    const compromised = keyOf(one?.credential ?? {});
    const signed = (await db.select().from(awards).where(eq(awards.status, 'accepted'))).filter(
      (a) => keyOf(a.credential ?? {}) === compromised,
    );
    const done = await revokeCompromisedKey(
      ctx.services,
      TEST_PUBLIC_URL,
      world.following,
      compromised,
      { workers: 2 },
    );
    expect(done.awards).toBe(signed.length);
    const anew = await db
      .select()
      .from(awards)
      .where(
        and(
          inArray(
            awards.reissuedFromId,
            offered.map((a) => a.id),
          ),
          eq(awards.status, 'accepted'),
        ),
      );
    expect(anew).toHaveLength(17);
    expect(new Set(anew.map((a) => `${a.statusListId ?? ''}:${a.statusIndex ?? ''}`)).size).toBe(
      17,
    );
    for (const row of anew) expect((await check(row.credential ?? {})).result).toBe('verified');
  });
});
