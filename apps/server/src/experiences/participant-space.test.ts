import type {
  EvidenceFile,
  Experience,
  ParticipantDetail,
  Reflection,
} from '@territoires/contracts';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { multipart, phoneJpeg } from './test-support/factories.js';
import { loginParticipant, type ParticipantClient } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';

const ctx = useTestApp();
let world: World;
let referent: Client;
let participant: ParticipantDetail;
let me: ParticipantClient;
let someoneElse: ParticipantClient;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
  participant = await followedParticipant(ctx.services, world, 'contract');
  const other = await followedParticipant(ctx.services, world);
  me = await loginParticipant(ctx.app, participant.id, referent);
  someoneElse = await loginParticipant(ctx.app, other.id, referent);
});

describe('the participant, signed in on their phone', () => {
  let experience: Experience;
  let photo: EvidenceFile;
  let reflection: Reflection;

  it('records an experience in their words and adds a photo taken with the phone', async () => {
    const created = await me.request({
      method: 'POST',
      url: '/api/me/experiences',
      payload: {
        kind: 'outside_programme',
        title: 'Journée au jardin',
        occurredOn: '2026-03-14',
        words: 'J’ai planté.',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    experience = created.json<Experience>();
    expect(experience.createdBy).toMatchObject({ by: 'participant', displayName: null });
    const uploaded = await me.request({
      method: 'POST',
      url: `/api/me/experiences/${experience.id}/files`,
      ...multipart(await phoneJpeg(), 'IMG_1.jpg', 'image/jpeg'),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    photo = uploaded.json<EvidenceFile>();
    const download = await me.request({ method: 'GET', url: `/api/me/files/${photo.id}` });
    expect(download.statusCode).toBe(200);
    expect((await sharp(download.rawPayload).metadata()).exif).toBeUndefined();
    const mine = await me.request({ method: 'GET', url: '/api/me/experiences' });
    expect(mine.json<Experience[]>().map((e) => e.id)).toEqual([experience.id]);
    // The follow-up team sees it too.
    const seen = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/experiences`,
    });
    expect(seen.json<Experience[]>()[0]?.files.map((f) => f.id)).toEqual([photo.id]);
  });

  it('starts a reflexivity time about it and writes their part; the référent finds it', async () => {
    const started = await me.request({
      method: 'POST',
      url: '/api/me/reflections',
      payload: { experienceIds: [experience.id] },
    });
    expect(started.statusCode, started.body).toBe(201);
    reflection = started.json<Reflection>();
    const url = `/api/me/reflections/${reflection.id}`;
    expect((await me.request({ method: 'GET', url })).json()).toMatchObject({
      id: reflection.id,
      experienceIds: [experience.id],
    });
    const written = await me.request({
      method: 'PUT',
      url,
      payload: {
        version: reflection.version,
        did: 'J’ai planté des salades.',
        learned: 'Arroser le soir.',
        felt: 'Calme.',
        next: 'Y retourner.',
      },
    });
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json()).toMatchObject({
      version: 2,
      authors: { did: { by: 'participant' }, next: { by: 'participant' } },
    });
    const list = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/reflections`,
    });
    expect(list.json<Reflection[]>()[0]).toMatchObject({ id: reflection.id, felt: 'Calme.' });
    const mine = await me.request({ method: 'GET', url: '/api/me/reflections' });
    expect(mine.json<Reflection[]>().map((r) => r.id)).toEqual([reflection.id]);
  });

  it('cannot write the référent’s part through their route', async () => {
    const res = await me.request({
      method: 'PUT',
      url: `/api/me/reflections/${reflection.id}`,
      payload: { version: 2, comment: 'Parfait', badge: { title: 'x', reason: 'y' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'request.validation_failed' } });
  });

  it('needs the participant session’s CSRF token to write', async () => {
    const res = await me.request({
      method: 'POST',
      url: '/api/me/experiences',
      headers: { 'x-csrf-token': 'wrong' },
      payload: { kind: 'other', title: 'Sans jeton', occurredOn: '2026-03-14' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('another participant sees none of it: 404 everywhere, nothing in their lists', async () => {
    const urls: ['GET' | 'PUT', string, object?][] = [
      ['GET', `/api/me/files/${photo.id}`],
      ['GET', `/api/me/reflections/${reflection.id}`],
      ['PUT', `/api/me/reflections/${reflection.id}`, { version: 2, did: 'x' }],
    ];
    for (const [method, url, payload] of urls) {
      const res = await someoneElse.request({
        method: method,
        url,
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const upload = await someoneElse.request({
      method: 'POST',
      url: `/api/me/experiences/${experience.id}/files`,
      ...multipart(await phoneJpeg(), 'x.jpg', 'image/jpeg'),
    });
    expect(upload.statusCode).toBe(404);
    expect(
      (await someoneElse.request({ method: 'GET', url: '/api/me/experiences' })).json(),
    ).toEqual([]);
    expect(
      (await someoneElse.request({ method: 'GET', url: '/api/me/reflections' })).json(),
    ).toEqual([]);
    // A reflexivity time about someone else's experience is refused.
    const start = await someoneElse.request({
      method: 'POST',
      url: '/api/me/reflections',
      payload: { experienceIds: [experience.id] },
    });
    expect(start.json()).toMatchObject({ error: { code: 'reflection.unknown_experience' } });
  });

  it('a staff session does not open the participant routes, nor the reverse', async () => {
    expect((await referent.request({ method: 'GET', url: '/api/me/experiences' })).statusCode).toBe(
      401,
    );
    expect((await me.request({ method: 'GET', url: `/api/files/${photo.id}` })).statusCode).toBe(
      401,
    );
    expect(
      (await me.request({ method: 'GET', url: `/api/participants/${participant.id}/experiences` }))
        .statusCode,
    ).toBe(401);
  });
});
