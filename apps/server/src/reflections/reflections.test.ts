import type {
  TimelineEvent,
  Experience,
  ParticipantDetail,
  Reflection,
} from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { participantPrincipal } from '../auth/principal.js';
import { createExperience } from '../experiences/index.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { fingerprint } from '../test-support/fingerprint.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { getReflection, listReflections, startMyReflection, updateReflection } from './service.js';

const ctx = useTestApp();
let world: World;
let referent: Client;
let participant: ParticipantDetail;
let other: ParticipantDetail;
let experience: Experience;

const me = (p: ParticipantDetail) =>
  participantPrincipal({ participantId: p.id, pseudonym: p.pseudonym });
const objectivesOf = (p: ParticipantDetail) => p.contracts?.[0]?.objectives ?? [];
const create = (participantId: string, payload: object) =>
  referent.request({
    method: 'POST',
    url: `/api/participants/${participantId}/reflections`,
    payload,
  });

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
  participant = await followedParticipant(ctx.services, world, 'contract');
  other = await followedParticipant(ctx.services, world, 'contract');
  experience = await createExperience(ctx.services, me(participant), participant.id, {
    kind: 'immersion',
    title: 'Deux jours au garage',
    occurredOn: '2026-03-09',
  });
});

describe('a reflexivity time held by the référent with the participant', () => {
  let held: Reflection;

  it('records both parts, the links to the key objectives and a proposed badge', async () => {
    const [first] = objectivesOf(participant);
    const res = await create(participant.id, {
      heldOn: '2026-03-15',
      experienceIds: [experience.id],
      part: { did: 'J’ai changé une roue.', learned: 'Le nom des outils.' },
      comment: 'Très investi, à l’heure les deux jours.',
      objectiveIds: [first?.id],
      badge: { title: 'Mécanique : premiers pas', reason: 'A changé une roue seul.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    held = res.json<Reflection>();
    expect(held).toMatchObject({
      heldOn: '2026-03-15',
      experienceIds: [experience.id],
      did: 'J’ai changé une roue.',
      learned: 'Le nom des outils.',
      felt: null,
      next: null,
      comment: 'Très investi, à l’heure les deux jours.',
      objectives: [{ id: first?.id, text: first?.text }],
      badge: { title: 'Mécanique : premiers pas', status: 'proposed' },
      authors: {
        did: { by: 'staff', displayName: world.staff.referent.displayName },
        learned: { by: 'staff' },
        felt: null,
        next: null,
      },
      version: 1,
    });
    const timeline = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/timeline`,
    });
    expect(timeline.json<TimelineEvent[]>()[0]).toMatchObject({
      kind: 'reflection_recorded',
      data: { reflectionId: held.id, badgeProposed: true, by: 'staff' },
    });
  });

  it('lets the participant write their part from their phone; each field keeps who wrote it last', async () => {
    const written = await updateReflection(ctx.services, me(participant), held.id, {
      version: held.version,
      part: { did: 'J’ai changé une roue.', felt: 'J’étais fier.', next: 'Refaire une immersion.' },
    });
    expect(written).toMatchObject({
      felt: 'J’étais fier.',
      next: 'Refaire une immersion.',
      version: 2,
      authors: {
        // Unchanged text keeps its author.
        did: { by: 'staff' },
        learned: { by: 'staff' },
        felt: { by: 'participant', displayName: null },
        next: { by: 'participant' },
      },
    });
    const timeline = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/timeline`,
    });
    expect(timeline.json<TimelineEvent[]>()[0]).toMatchObject({
      kind: 'reflection_updated',
      actorDisplayName: null,
      data: { by: 'participant', fields: ['felt', 'next'] },
    });
    held = written;
  });

  it('the référent edits with the participant; a stale version is refused', async () => {
    const res = await referent.request({
      method: 'PATCH',
      url: `/api/reflections/${held.id}`,
      payload: { version: held.version, part: { felt: 'Fier et fatigué.' }, badge: null },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      felt: 'Fier et fatigué.',
      badge: null,
      authors: { felt: { by: 'staff' } },
    });
    const stale = await referent.request({
      method: 'PATCH',
      url: `/api/reflections/${held.id}`,
      payload: { version: held.version, comment: 'x' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('the participant may not write the référent’s part', async () => {
    const current = await getReflection(ctx.services, me(participant), held.id);
    await expect(
      updateReflection(ctx.services, me(participant), held.id, {
        version: current.version,
        comment: 'Je me note 20/20',
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it.each([
    [
      'an objective of another participant’s contract',
      () => ({ objectiveIds: [objectivesOf(other)[0]?.id] }),
      'reflection.objective_not_in_contract',
      'objectiveIds',
    ],
    [
      'an experience of another participant',
      () => ({ experienceIds: ['00000000-0000-4000-8000-000000000000'] }),
      'reflection.unknown_experience',
      'experienceIds',
    ],
  ])('refuses %s, writing nothing', async (_name, extra, code, path) => {
    const before = await fingerprint(ctx.database.db);
    const res = await create(participant.id, { heldOn: '2026-03-15', ...extra() });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code, fields: [{ path }] } });
    expect(await fingerprint(ctx.database.db)).toEqual(before);
  });

  it('refuses an objective removed by an amendment', async () => {
    const [first, second] = objectivesOf(participant);
    const amend = await referent.request({
      method: 'PATCH',
      url: `/api/participants/${participant.id}/contracts/${participant.contracts?.[0]?.id ?? ''}`,
      payload: { version: participant.version, reason: 'Recentrer', objectives: [second?.text] },
    });
    expect(amend.statusCode, amend.body).toBe(200);
    const res = await create(participant.id, { heldOn: '2026-03-15', objectiveIds: [first?.id] });
    expect(res.json()).toMatchObject({ error: { code: 'reflection.objective_not_in_contract' } });
  });

  it.each([
    ['no date', {}],
    ['a badge without a reason', { heldOn: '2026-03-15', badge: { title: 'Bravo' } }],
    [
      'a field of the participant’s part that does not exist',
      { heldOn: '2026-03-15', part: { dreamt: 'x' } },
    ],
    ['an objective id that is not a uuid', { heldOn: '2026-03-15', objectiveIds: ['1'] }],
  ])('refuses %s with 400', async (_name, body) => {
    const res = await create(participant.id, body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'request.validation_failed' } });
  });
});

describe('a reflexivity time started by the participant', () => {
  it('is held today, about their experience, and only theirs', async () => {
    ctx.setNow(new Date('2026-03-20T22:30:00.000Z'));
    const started = await startMyReflection(
      ctx.services,
      {
        kind: 'participant',
        participant: { participantId: participant.id, pseudonym: participant.pseudonym },
      },
      [experience.id],
    );
    expect(started).toMatchObject({
      heldOn: '2026-03-20',
      experienceIds: [experience.id],
      createdBy: { by: 'participant' },
    });
    const mine = await listReflections(ctx.services, me(participant), participant.id);
    expect(mine.map((r) => r.id)).toContain(started.id);
    await expect(getReflection(ctx.services, me(other), started.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(listReflections(ctx.services, me(other), participant.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      updateReflection(ctx.services, me(other), started.id, { version: 1, part: { did: 'x' } }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      startMyReflection(
        ctx.services,
        {
          kind: 'participant',
          participant: { participantId: other.id, pseudonym: other.pseudonym },
        },
        [experience.id],
      ),
    ).rejects.toMatchObject({ code: 'reflection.unknown_experience' });
  });
});
