import type {
  Note,
  ParticipantDetail,
  ParticipantList,
  TimelineEvent,
} from '@territoires/contracts';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeParticipant, makeStaff } from '../test-support/factories.js';
import { fingerprint } from '../test-support/fingerprint.js';
import {
  buildWorld,
  followedParticipant,
  VIEWERS,
  type Viewer,
  type World,
} from '../test-support/world.js';

const ctx = useTestApp();

let world: World;
let as: Record<Viewer, Client>;
/** Followed by the référent, registered on the partner's activity, with a contract, profile and notes. */
let followed: ParticipantDetail;
/** Followed by the same organisation, on no partner activity. */
let unregistered: ParticipantDetail;

const FILE_KEYS = [
  'contact',
  'referralSource',
  'territory',
  'commune',
  'team',
  'profile',
  'contracts',
  'exits',
];

const get = async (who: Viewer, url: string) => {
  const res = await as[who].request({ method: 'GET', url });
  return res;
};
const detail = async (who: Viewer) => {
  const res = await get(who, `/api/participants/${followed.id}`);
  expect(res.statusCode).toBe(200);
  return res.json<ParticipantDetail>();
};
const listed = async (who: Viewer) => {
  const res = await get(who, '/api/participants?pageSize=200');
  expect(res.statusCode).toBe(200);
  return res.json<ParticipantList>().items.map((p) => p.id);
};

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  as = Object.fromEntries(
    await Promise.all(VIEWERS.map(async (who) => [who, await loginAs(ctx.app, world.staff[who])])),
  ) as Record<Viewer, Client>;
  followed = await followedParticipant(ctx.services, world, 'contract');
  const profile = await as.referent.request({
    method: 'PUT',
    url: `/api/participants/${followed.id}/profile`,
    payload: {
      version: followed.version,
      consent: true,
      sex: 'female',
      longTermJobSeeker: true,
      rsa: true,
      rqth: true,
      refugee: true,
    },
  });
  expect(profile.statusCode).toBe(200);
  followed = profile.json<ParticipantDetail>();
  for (const [who, body, secret] of [
    ['referent', 'Confidence du référent', true],
    ['coordinator', 'Point d’étape partagé', false],
    ['coordination', 'Remarque privée de la coordination', true],
  ] as const) {
    const res = await as[who].request({
      method: 'POST',
      url: `/api/participants/${followed.id}/notes`,
      payload: { body, private: secret },
    });
    expect(res.statusCode).toBe(201);
  }
  unregistered = await makeParticipant(ctx.services, { actor: world.staff.referent });
});

describe('partners see people only through their sessions (ADR 12)', () => {
  const PARTICIPANT_URLS = [
    '',
    '/timeline',
    '/notes',
    '/experiences',
    '/reflections',
    '/experience-sources',
    '/card',
    '/agenda',
    '/calendar-feed',
  ];

  it.each(['partner_staff', 'org_admin'] as const)(
    '%s gets, on everything about the person, the same 404 as for an id that does not exist',
    async (who) => {
      const missing = randomUUID();
      for (const suffix of PARTICIPANT_URLS) {
        const real = await get(who, `/api/participants/${followed.id}${suffix}`);
        const none = await get(who, `/api/participants/${missing}${suffix}`);
        expect(real.statusCode, suffix).toBe(404);
        expect(real.body, suffix).toBe(none.body);
      }
    },
  );

  it.each(['partner_staff', 'org_admin'] as const)(
    '%s reads no programme participant list and no alerts',
    async (who) => {
      for (const url of ['/api/participants?pageSize=200', '/api/alerts']) {
        const res = await get(who, url);
        expect(res.statusCode, url).toBe(403);
        expect(res.body).not.toContain(followed.pseudonym);
      }
    },
  );

  it('a référent whose only link to a person is a session of their organisation is a partner for that person', async () => {
    const referentThere = await makeStaff(ctx.database.db, {
      role: 'referent',
      organisationId: world.partner,
    });
    const client = await loginAs(ctx.app, referentThere);
    const file = await client.request({ method: 'GET', url: `/api/participants/${followed.id}` });
    expect(file.statusCode).toBe(404);
    const list = await client.request({ method: 'GET', url: '/api/participants?pageSize=200' });
    expect(list.statusCode).toBe(200);
    expect(list.json<ParticipantList>().items.map((p) => p.id)).not.toContain(followed.id);
    const alerts = await client.request({ method: 'GET', url: '/api/alerts' });
    expect(alerts.body).not.toContain(followed.id);
  });
});

describe('the follow-up circle', () => {
  it.each(['referent', 'coordination'] as const)(
    '%s sees the whole file with sensitive criteria',
    async (who) => {
      const seen = await detail(who);
      for (const key of FILE_KEYS) expect(seen).toHaveProperty(key);
      expect(seen.profile).toMatchObject({
        sex: 'female',
        longTermJobSeeker: true,
        rsa: true,
        rqth: true,
        refugee: true,
        sensitiveVisible: true,
      });
      expect(seen.can).toEqual({
        edit: true,
        seeNotes: true,
        seeSensitive: true,
        changeTeam: true,
      });
    },
  );

  it('a colleague of the organisation, not on the team, sees the file without sensitive criteria', async () => {
    const seen = await detail('coordinator');
    for (const key of FILE_KEYS) expect(seen).toHaveProperty(key);
    expect(seen.profile).toMatchObject({ sex: 'female', sensitiveVisible: false });
    for (const key of ['rsa', 'rqth', 'refugee']) expect(seen.profile).not.toHaveProperty(key);
    expect(seen.can).toEqual({
      edit: true,
      seeNotes: true,
      seeSensitive: false,
      changeTeam: false,
    });
  });

  it('colleagues see on the timeline only what their level may read: kind and date of experiences, no sensitive field name', async () => {
    const lived = await as.referent.request({
      method: 'POST',
      url: `/api/participants/${followed.id}/experiences`,
      payload: { kind: 'other', title: 'Visite du chantier naval', occurredOn: '2026-03-01' },
    });
    expect(lived.statusCode, lived.body).toBe(201);
    const timelineOf = async (who: Viewer) =>
      (await get(who, `/api/participants/${followed.id}/timeline`)).json<TimelineEvent[]>();
    const colleague = await timelineOf('coordinator');
    const experience = colleague.find((e) => e.kind === 'experience_recorded');
    expect(experience?.data).toEqual({});
    expect(JSON.stringify(colleague)).not.toContain('Visite du chantier');
    const profile = colleague.find((e) => e.kind === 'profile_recorded');
    expect(profile?.data.fields).toEqual(expect.arrayContaining(['sex']));
    for (const field of ['rsa', 'rqth', 'refugee'])
      expect(profile?.data.fields).not.toContain(field);
    const team = await timelineOf('referent');
    expect(JSON.stringify(team)).toContain('Visite du chantier');
    expect(team.find((e) => e.kind === 'profile_recorded')?.data.fields).toContain('rsa');
  });

  it('a colleague may not record sensitive criteria, and nothing is written', async () => {
    const before = await fingerprint(ctx.database.db);
    const current = await detail('coordinator');
    const res = await as.coordinator.request({
      method: 'PUT',
      url: `/api/participants/${followed.id}/profile`,
      payload: { version: current.version, consent: true, rsa: false },
    });
    expect(res.statusCode).toBe(403);
    expect(await fingerprint(ctx.database.db)).toEqual(before);
  });

  it('a colleague sees the organisation’s participants in the list, a stranger does not', async () => {
    expect(await listed('coordinator')).toEqual(
      expect.arrayContaining([followed.id, unregistered.id]),
    );
    const strangers = await listed('stranger');
    expect(strangers).not.toContain(followed.id);
    expect(strangers).not.toContain(unregistered.id);
  });
});

describe('notes', () => {
  const notesOf = async (who: Viewer) =>
    (await get(who, `/api/participants/${followed.id}/notes`)).json<Note[]>().map((n) => n.body);

  it('private notes are visible to their author only', async () => {
    expect((await notesOf('referent')).sort()).toEqual([
      'Confidence du référent',
      'Point d’étape partagé',
    ]);
    expect(await notesOf('coordinator')).toEqual(['Point d’étape partagé']);
    expect((await notesOf('coordination')).sort()).toEqual([
      'Point d’étape partagé',
      'Remarque privée de la coordination',
    ]);
  });

  it('the timeline says a note exists, not what it says', async () => {
    const events = (await get('coordinator', `/api/participants/${followed.id}/timeline`)).json<
      TimelineEvent[]
    >();
    const notes = events.filter((e) => e.kind === 'note_added');
    expect(notes).toHaveLength(3);
    expect(JSON.stringify(notes)).not.toContain('Confidence');
  });
});

describe('evaluators see no participant-level data', () => {
  it.each([
    ['/api/participants', 403],
    ['/api/alerts', 403],
    ['/api/staff', 403],
  ] as const)('%s → %i', async (url, status) => {
    const res = await get('evaluator', url);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error: { code: 'auth.forbidden' } });
  });

  it('even of their own organisation: the file, timeline and notes are not found', async () => {
    for (const suffix of ['', '/timeline', '/notes']) {
      const res = await get('evaluator', `/api/participants/${followed.id}${suffix}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(followed.pseudonym);
    }
  });
});
