import type {
  ParticipantDetail,
  ParticipantList,
  ParticipantSummary,
} from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { staff } from '../db/schema.js';
import { createNote } from '../notes/index.js';
import { changePhase, recordExit, signContract } from '../pathway/index.js';
import { TEST_NOW, useTestApp } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeParticipant, registerOnActivity } from '../test-support/factories.js';
import { buildWorld, contractBody, type World } from '../test-support/world.js';
import { READ_CACHE_MS as LIST_CACHE_MS } from '../db/read-cache.js';
import type { ListFilters } from './repository.js';
import { decideTransfer, proposeTransfer } from '../transfers/index.js';
import { listParticipants, updateParticipant } from './service.js';

// The list is reused until the next write on PGlite (ADR 0009). Each test reads a list (so that it is
// cached), writes through a service or a raw statement, and expects the next list to show the write.

const ctx = useTestApp();
const DAY = 86_400_000;
let world: World;

const list = (actor: Actor, filters: Partial<ListFilters> = {}) =>
  listParticipants(ctx.services, actor, { page: 1, pageSize: 50, ...filters });
const find = async (actor: Actor, id: string): Promise<ParticipantSummary | undefined> =>
  (await list(actor)).items.find((p) => p.id === id);

beforeAll(async () => {
  world = await buildWorld(ctx.services);
});

/** A participant of the world's référent, then every viewer's list read once (cached). */
async function followed(phase: 'outreach' | 'discovery' = 'discovery'): Promise<ParticipantDetail> {
  const p = await makeParticipant(ctx.services, { actor: world.staff.referent, phase });
  // Evaluators and partner staff read no list (ADR 12).
  const viewers = Object.entries(world.staff).filter(
    ([role]) => !['evaluator', 'funder', 'partner_staff', 'org_admin'].includes(role),
  );
  await Promise.all(viewers.map(([, viewer]) => list(viewer)));
  return p;
}

describe('participant list cache', () => {
  it('serves a repeated list from memory on PGlite, recomputes it on PostgreSQL', async () => {
    await followed();
    const first = await list(world.staff.coordination);
    const again = await list(world.staff.coordination);
    if (ctx.database.kind === 'pglite') expect(again).toBe(first);
    else expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('a creation is in the next list', async () => {
    await list(world.staff.coordination);
    const p = await makeParticipant(ctx.services, { actor: world.staff.referent });
    expect(await find(world.staff.coordination, p.id)).toBeDefined();
    expect(await find(world.staff.referent, p.id)).toBeDefined();
  });

  it('an edit is in the next list, the version too', async () => {
    const p = await followed();
    const edited = await updateParticipant(ctx.services, world.staff.referent, p.id, {
      version: p.version,
      pseudonym: 'Renamed',
    });
    expect(await find(world.staff.coordination, p.id)).toMatchObject({
      pseudonym: 'Renamed',
      version: edited.version,
    });
  });

  it('a phase change and a contract are in the next list, and so are filters on them', async () => {
    const p = await followed('outreach');
    await list(world.staff.referent, { phase: 'discovery' });
    const moved = await changePhase(ctx.services, world.staff.referent, p.id, {
      version: p.version,
      to: 'discovery',
    });
    expect((await find(world.staff.referent, p.id))?.phase).toBe('discovery');
    const discovery = await list(world.staff.referent, { phase: 'discovery' });
    expect(discovery.items.map((i) => i.id)).toContain(p.id);
    await signContract(
      ctx.services,
      world.staff.referent,
      p.id,
      contractBody(moved.version, world.staff.referent.staffId),
    );
    expect((await find(world.staff.referent, p.id))?.phase).toBe('accompaniment');
  });

  it('an exit is in the next list', async () => {
    const p = await followed();
    const signed = await signContract(
      ctx.services,
      world.staff.referent,
      p.id,
      contractBody(p.version, world.staff.referent.staffId),
    );
    await list(world.staff.referent);
    await recordExit(ctx.services, world.staff.referent, p.id, {
      version: signed.version,
      exitOn: '2026-03-15',
      situation: 'training_qualifying',
    });
    expect((await find(world.staff.referent, p.id))?.phase).toBe('exit');
  });

  it('a note moves the last event in the next list', async () => {
    const p = await followed();
    ctx.setNow(new Date(TEST_NOW.getTime() + 60_000));
    try {
      await list(world.staff.coordination);
      await createNote(ctx.services, world.staff.referent, p.id, { body: 'Vu', private: false });
      expect((await find(world.staff.coordination, p.id))?.lastEventAt).toBe(
        new Date(TEST_NOW.getTime() + 60_000).toISOString(),
      );
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });

  it('a new référent from another organisation (an accepted transfer) sees the participant at once, named on the row', async () => {
    const p = await followed();
    const other = world.staff.stranger;
    const elsewhere = other.memberships[0]?.organisationId ?? '';
    expect(await find(other, p.id)).toBeUndefined();
    const transfer = await proposeTransfer(ctx.services, world.staff.coordination, p.id, {
      organisationId: elsewhere,
    });
    await decideTransfer(ctx.services, world.staff.coordination, transfer.id, 'accept', {
      referentId: other.staffId,
    });
    expect((await find(other, p.id))?.referent?.id).toBe(other.staffId);
    expect((await find(world.staff.coordination, p.id))?.referent?.displayName).toBe(
      other.displayName,
    );
  });

  it('a registration on an activity (raw insert) puts the person on no other list (ADR 12)', async () => {
    const p = await followed();
    const strangersOrganisation = world.staff.stranger.memberships[0]?.organisationId ?? '';
    await registerOnActivity(ctx.database.db, strangersOrganisation, p.id);
    await registerOnActivity(ctx.database.db, world.partner, p.id);
    expect(await find(world.staff.stranger, p.id)).toBeUndefined();
    await expect(list(world.staff.partner_staff)).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });

  it('a renamed référent (raw update of staff) is renamed on the rows', async () => {
    const p = await followed();
    await ctx.database.db
      .update(staff)
      .set({ displayName: 'Nouveau nom' })
      .where(eq(staff.id, world.staff.referent.staffId));
    expect((await find(world.staff.coordination, p.id))?.referent?.displayName).toBe('Nouveau nom');
  });

  it('the alert flags follow the clock with no write at all, LIST_CACHE_MS late at most', async () => {
    const p = await followed();
    // Inactive once its last event (TEST_NOW) is more than 45 days old.
    const threshold = TEST_NOW.getTime() + 45 * DAY;
    const before = new Date(threshold - LIST_CACHE_MS / 2);
    ctx.setNow(before);
    try {
      expect((await find(world.staff.referent, p.id))?.alerts).toEqual([]);
      ctx.setNow(new Date(before.getTime() + LIST_CACHE_MS));
      expect((await find(world.staff.referent, p.id))?.alerts).toEqual(['inactive']);
    } finally {
      ctx.setNow(TEST_NOW);
    }
  });

  it('viewers with different rights never share a page', async () => {
    const p = await followed();
    const seen = async (who: keyof World['staff']) =>
      (await list(world.staff[who])).items.some((i) => i.id === p.id);
    expect(await seen('referent')).toBe(true);
    expect(await seen('stranger')).toBe(false);
    await expect(seen('partner_staff')).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await seen('coordination')).toBe(true);
  });

  it('the HTTP list shows a write made through the HTTP API', async () => {
    const p = await followed();
    const client = await loginAs(ctx.app, world.staff.referent);
    const before = await client.request({ method: 'GET', url: '/api/participants' });
    expect(before.json<ParticipantList>().items.map((i) => i.id)).toContain(p.id);
    const patch = await client.request({
      method: 'PATCH',
      url: `/api/participants/${p.id}`,
      payload: { version: p.version, pseudonym: 'Par HTTP' },
    });
    expect(patch.statusCode).toBe(200);
    const after = await client.request({ method: 'GET', url: '/api/participants' });
    expect(after.json<ParticipantList>().items.find((i) => i.id === p.id)?.pseudonym).toBe(
      'Par HTTP',
    );
  });
});
