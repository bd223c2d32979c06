import type { ParticipantDetail, Reflection } from '@territoires/contracts';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { participantPrincipal } from '../auth/principal.js';
import { auditEvents, reflectionExperiences, reflections } from '../db/schema.js';
import { createExperience } from '../experiences/index.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { loginParticipant, type ParticipantClient } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { createReflection } from './service.js';

const ctx = useTestApp();
let world: World;
let referent: Client;
let coordination: Client;
let participant: ParticipantDetail;
let me: ParticipantClient;
let someoneElse: ParticipantClient;

const mine = (p: ParticipantDetail) =>
  participantPrincipal({ participantId: p.id, pseudonym: p.pseudonym });
/** An empty one, as "Commencer un temps de réflexion" left them before it waited for the first save. */
const startedEmpty = (experienceIds: string[] = []) =>
  createReflection(ctx.services, mine(participant), participant.id, {
    heldOn: '2026-03-20',
    experienceIds,
    objectiveIds: [],
  });
const remove = (client: Client, id: string, staff = false) =>
  client.request({
    method: 'DELETE',
    url: staff ? `/api/reflections/${id}` : `/api/me/reflections/${id}`,
  });
const stillThere = async (id: string) =>
  (await ctx.database.db.select().from(reflections).where(eq(reflections.id, id))).length === 1;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
  coordination = await loginAs(ctx.app, world.staff.coordination);
  participant = await followedParticipant(ctx.services, world, 'contract');
  const other = await followedParticipant(ctx.services, world);
  me = await loginParticipant(ctx.app, participant.id, referent);
  someoneElse = await loginParticipant(ctx.app, other.id, referent);
});

describe('starting a reflexivity time from the participant space', () => {
  it('creates it with what was written at the first save', async () => {
    const res = await me.request({
      method: 'POST',
      url: '/api/me/reflections',
      payload: { did: 'J’ai repeint la salle.', felt: 'Fière.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Reflection>()).toMatchObject({
      did: 'J’ai repeint la salle.',
      felt: 'Fière.',
      learned: null,
      authors: { did: { by: 'participant' }, learned: null },
      version: 1,
      can: { delete: false },
    });
  });
});

describe('deleting an empty reflexivity time', () => {
  it('lets the participant delete an empty one they started before, with its links, audited', async () => {
    const experience = await createExperience(ctx.services, mine(participant), participant.id, {
      kind: 'other',
      title: 'Au marché',
      occurredOn: '2026-03-18',
    });
    const empty = await startedEmpty([experience.id]);
    expect(empty.can).toEqual({ delete: true });
    const listed = await me.request({ method: 'GET', url: '/api/me/reflections' });
    expect(listed.json<Reflection[]>().find((r) => r.id === empty.id)?.can.delete).toBe(true);
    const res = await remove(me, empty.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(await stillThere(empty.id)).toBe(false);
    const links = await ctx.database.db
      .select()
      .from(reflectionExperiences)
      .where(eq(reflectionExperiences.reflectionId, empty.id));
    expect(links).toEqual([]);
    const [event] = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'reflection.delete'), eq(auditEvents.entityId, empty.id)));
    expect(event).toMatchObject({
      actorId: null,
      before: { participantId: participant.id, experienceIds: [experience.id] },
      after: { by: 'participant' },
    });
    expect((await remove(me, empty.id)).statusCode).toBe(404);
  });

  it('keeps one with something written in it: 422 reflection.not_empty', async () => {
    const written = await createReflection(ctx.services, mine(participant), participant.id, {
      heldOn: '2026-03-20',
      experienceIds: [],
      objectiveIds: [],
      part: { next: 'Y retourner.' },
    });
    expect(written.can.delete).toBe(false);
    const res = await remove(me, written.id);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: 'reflection.not_empty' } });
    expect(await stillThere(written.id)).toBe(true);
  });

  it('is its author’s alone: 403 auth.forbidden for the others who read it', async () => {
    const participantsOwn = await startedEmpty();
    const refusedToReferent = await remove(referent, participantsOwn.id, true);
    expect(refusedToReferent.statusCode).toBe(403);
    expect(refusedToReferent.json()).toMatchObject({ error: { code: 'auth.forbidden' } });
    const held = await referent.request({
      method: 'POST',
      url: `/api/participants/${participant.id}/reflections`,
      payload: { heldOn: '2026-03-21' },
    });
    const heldByReferent = held.json<Reflection>();
    expect(heldByReferent.can.delete).toBe(true);
    for (const [client, staff] of [
      [me, false],
      [coordination, true],
    ] as const) {
      const res = await remove(client, heldByReferent.id, staff);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: 'auth.forbidden' } });
    }
    const seenByCoordination = await coordination.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/reflections`,
    });
    const seen = seenByCoordination.json<Reflection[]>().find((r) => r.id === heldByReferent.id);
    expect(seen?.can.delete).toBe(false);
    expect((await remove(referent, heldByReferent.id, true)).statusCode).toBe(200);
    expect(await stillThere(participantsOwn.id)).toBe(true);
  });

  it('is invisible to another participant: 404, nothing deleted', async () => {
    const empty = await startedEmpty();
    const res = await remove(someoneElse, empty.id);
    expect(res.statusCode).toBe(404);
    expect(await stillThere(empty.id)).toBe(true);
  });
});
