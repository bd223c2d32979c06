import type { Award } from '@territoires/contracts';
import { and, count, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, timelineEvents } from '../db/schema.js';
import { TEST_PUBLIC_URL, useTestApp } from '../test-support/app.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { recordAwardAcceptance } from './acceptance.js';
import { recordAwardAcceptances, type AcceptanceItem } from './bulk-acceptance.js';
import { issuerOf } from './issuers.js';
import { allocateStatuses } from './status.js';
import { awards, badgeStatusLists } from './tables.js';
import { makeAchievement, offer } from './test-support/factories.js';
import { verifyHere } from './test-support/verify-here.js';

const ctx = useTestApp();
let world: World;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

const stored = async (ids: string[]) =>
  ctx.database.db.select().from(awards).where(inArray(awards.id, ids));

/** `n` offers of one new badge, each to a new participant the référent follows. */
async function offers(n: number): Promise<Award[]> {
  const badge = await makeAchievement(ctx.services, world.staff.coordinator, world.following);
  const people = [];
  for (let i = 0; i < n; i += 1) people.push(await followedParticipant(ctx.services, world));
  const made = [];
  for (const p of people)
    made.push(await offer(ctx.services, world.staff.referent, p.id, badge.id));
  return made;
}

/** What differs from one credential to the next by design: ids, places, the proof's value. */
function form(credential: Record<string, unknown> | null) {
  const c = structuredClone(credential ?? {}) as {
    id?: string;
    credentialSubject: { id?: string };
    credentialStatus: { id?: string; statusListIndex?: string };
    proof: { proofValue?: string }[];
  };
  delete c.id;
  delete c.credentialSubject.id;
  delete c.credentialStatus.id;
  delete c.credentialStatus.statusListIndex;
  for (const proof of c.proof) delete proof.proofValue;
  return c;
}

const typed = { kind: 'typed', name: 'Camille' } as const;

describe('bulk acceptance (issue 16)', () => {
  it('stores, for each award, what one acceptance at a time stores', async () => {
    const [one, two, three] = await offers(3);
    if (!one || !two || !three) throw new Error('offers');
    await recordAwardAcceptance(ctx.services, TEST_PUBLIC_URL, world.staff.referent, one.id, typed);
    const done = await recordAwardAcceptances(
      ctx.services,
      TEST_PUBLIC_URL,
      world.staff.referent,
      [
        { awardId: two.id, name: typed },
        { awardId: three.id, name: { kind: 'pseudonym' } },
      ],
      { workers: 0 },
    );
    expect(done).toEqual({ accepted: 2 });
    const rows = new Map((await stored([one.id, two.id])).map((r) => [r.id, r]));
    const [single, bulk] = [rows.get(one.id), rows.get(two.id)];
    if (!single || !bulk) throw new Error('rows');
    const columns = ({
      id: _i,
      participantId: _p,
      credential,
      statusIndex,
      ...rest
    }: typeof single) => ({
      ...rest,
      credential: form(credential),
      hasIndex: statusIndex !== null,
    });
    expect(columns(bulk)).toEqual(columns(single));
    const { db } = ctx.database;
    const audits = await db
      .select({
        entityId: auditEvents.entityId,
        before: auditEvents.before,
        after: auditEvents.after,
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'award.accept'),
          inArray(auditEvents.entityId, [one.id, two.id, three.id]),
        ),
      )
      .orderBy(desc(auditEvents.id));
    expect(audits).toHaveLength(3);
    const after = new Map(audits.map((a) => [a.entityId, a.after]));
    expect(after.get(two.id)).toEqual(after.get(one.id));
    expect(after.get(three.id)).toEqual({ status: 'accepted', name: 'pseudonym' });
    const timeline = await db
      .select({ participantId: timelineEvents.participantId, data: timelineEvents.data })
      .from(timelineEvents)
      .where(
        and(
          eq(timelineEvents.kind, 'badge_accepted'),
          inArray(
            timelineEvents.participantId,
            [one, two, three].map((a) => a.participantId),
          ),
        ),
      );
    expect(
      timeline
        .map((t) => t.data)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual(
      [one, two, three]
        .map((a) => ({ awardId: a.id, achievementId: single.achievementId }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
  });

  it('signs on two worker threads: every credential verifies, each on its own place', async () => {
    const offered = await offers(20);
    const items: AcceptanceItem[] = offered.map((a, i) => ({
      awardId: a.id,
      name: i % 2 === 0 ? { kind: 'pseudonym' } : { kind: 'none' },
    }));
    await recordAwardAcceptances(ctx.services, TEST_PUBLIC_URL, world.staff.referent, items, {
      workers: 2,
    });
    const rows = await stored(offered.map((a) => a.id));
    expect(rows.every((r) => r.status === 'accepted')).toBe(true);
    const places = rows.map((r) => `${r.statusListId ?? ''}:${r.statusIndex ?? ''}`);
    expect(new Set(places).size).toBe(20);
    // Nor on a place taken before (the first test's awards, signed one at a time and in bulk).
    const taken = await ctx.database.db
      .select({ list: awards.statusListId, index: awards.statusIndex })
      .from(awards)
      .where(isNotNull(awards.statusIndex));
    expect(new Set(taken.map((t) => `${t.list ?? ''}:${t.index ?? ''}`)).size).toBe(taken.length);
    expect(taken.length).toBeGreaterThan(20);
    for (const row of rows)
      expect((await verifyHere(ctx.app, row.credential)).result).toBe('verified');
  });

  it('refuses the whole batch when one award is no longer offered, and changes nothing', async () => {
    const [one, two, three] = await offers(3);
    if (!one || !two || !three) throw new Error('offers');
    await recordAwardAcceptance(ctx.services, TEST_PUBLIC_URL, world.staff.referent, two.id, typed);
    const { db } = ctx.database;
    const audited = async () => (await db.select({ n: count() }).from(auditEvents))[0]?.n;
    const before = await audited();
    const batch = [one, two, three].map((a) => ({ awardId: a.id, name: typed }));
    await expect(
      recordAwardAcceptances(ctx.services, TEST_PUBLIC_URL, world.staff.referent, batch, {
        workers: 0,
      }),
    ).rejects.toMatchObject({ code: 'badges.not_offered' });
    const rows = new Map((await stored([one.id, three.id])).map((r) => [r.id, r]));
    expect([rows.get(one.id)?.status, rows.get(three.id)?.status]).toEqual(['offered', 'offered']);
    expect(rows.get(one.id)?.credential).toBeNull();
    expect(await audited()).toBe(before);
  });

  it('refuses the same award twice, and awards of people the actor does not follow', async () => {
    const [one] = await offers(1);
    if (!one) throw new Error('offers');
    const twice = [one, one].map((a) => ({ awardId: a.id, name: typed }));
    await expect(
      recordAwardAcceptances(ctx.services, TEST_PUBLIC_URL, world.staff.referent, twice, {
        workers: 0,
      }),
    ).rejects.toMatchObject({ code: 'badges.not_offered' });
    await expect(
      recordAwardAcceptances(
        ctx.services,
        TEST_PUBLIC_URL,
        world.staff.stranger,
        [{ awardId: one.id, name: typed }],
        { workers: 0 },
      ),
    ).rejects.toMatchObject({ code: 'resource.not_found' });
    expect((await stored([one.id]))[0]?.status).toBe('offered');
  });

  it('takes places at once: unique, random, and on a new list when the current one is full', async () => {
    const { db } = ctx.database;
    const issuer = await issuerOf(db, TEST_PUBLIC_URL, world.following);
    if (!issuer) throw new Error('no issuer');
    // In a transaction rolled back: the small list is not left for the other tests.
    const rollback = db.transaction(async (tx) => {
      const [last] = await tx
        .select()
        .from(badgeStatusLists)
        .where(eq(badgeStatusLists.organisationId, world.following))
        .orderBy(desc(badgeStatusLists.number))
        .limit(1);
      const number = (last?.number ?? 0) + 1;
      const [small] = await tx
        .insert(badgeStatusLists)
        .values({ organisationId: world.following, number, length: 8 })
        .returning();
      const places = await allocateStatuses(tx, issuer, 12);
      const onSmall = places.filter((p) => p.listId === small?.id);
      const spilled = places.filter((p) => p.listId !== small?.id);
      expect(onSmall.length).toBeGreaterThan(0);
      expect(onSmall.length).toBeLessThanOrEqual(8);
      expect(onSmall.every((p) => p.index < 8)).toBe(true);
      expect(new Set(onSmall.map((p) => p.index)).size).toBe(onSmall.length);
      expect(new Set(spilled.map((p) => p.listId)).size).toBe(1);
      expect(spilled[0]?.entry.statusListCredential).toBe(`${issuer.url}/status/${number + 1}`);
      throw new Error('rollback');
    });
    await expect(rollback).rejects.toThrow('rollback');
  });
});
