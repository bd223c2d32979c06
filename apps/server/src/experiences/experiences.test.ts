import type {
  TimelineEvent,
  Experience,
  ExperienceSource,
  ParticipantDetail,
} from '@territoires/contracts';
import { MAX_FILES_PER_EXPERIENCE } from '@territoires/contracts';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, participants } from '../db/schema.js';
import { addEvidence, evidenceBytes } from './evidence.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeAttendance, png } from './test-support/factories.js';
import { fingerprint } from '../test-support/fingerprint.js';
import { buildWorld, followedParticipant, type World } from '../test-support/world.js';
import { participantPrincipal } from '../auth/principal.js';
import { createExperience, listExperiences, updateExperience } from './service.js';
import { experienceCan } from './policy.js';

const ctx = useTestApp();
let world: World;
let referent: Client;
let participant: ParticipantDetail;
let other: ParticipantDetail;

const post = (participantId: string, payload: object) =>
  referent.request({
    method: 'POST',
    url: `/api/participants/${participantId}/experiences`,
    payload,
  });
const me = (p: ParticipantDetail) =>
  participantPrincipal({ participantId: p.id, pseudonym: p.pseudonym });

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  referent = await loginAs(ctx.app, world.staff.referent);
  participant = await followedParticipant(ctx.services, world);
  other = await followedParticipant(ctx.services, world);
});

describe('recording an experience', () => {
  it('records one freely, with a timeline event, an audit event and a sign of life', async () => {
    ctx.setNow(new Date('2026-03-16T09:00:00.000Z'));
    const res = await post(participant.id, {
      kind: 'volunteering',
      title: 'Distribution aux Restos du cœur',
      occurredOn: '2026-03-14',
      words: 'J’ai aimé parler avec les gens.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const experience = res.json<Experience>();
    expect(experience).toMatchObject({
      kind: 'volunteering',
      occurredOn: '2026-03-14',
      words: 'J’ai aimé parler avec les gens.',
      organisationName: null,
      attendanceId: null,
      files: [],
      version: 1,
      createdBy: { by: 'staff', displayName: world.staff.referent.displayName },
    });
    const timeline = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/timeline`,
    });
    expect(timeline.json<TimelineEvent[]>()[0]).toMatchObject({
      kind: 'experience_recorded',
      data: { experienceId: experience.id, kind: 'volunteering', by: 'staff' },
    });
    const audit = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityType, 'experience'), eq(auditEvents.entityId, experience.id)),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'experience.create',
      actorId: world.staff.referent.staffId,
    });
    const [row] = await ctx.database.db
      .select()
      .from(participants)
      .where(eq(participants.id, participant.id));
    expect(new Date(row?.lastEventAt ?? 0).toISOString()).toBe('2026-03-16T09:00:00.000Z');
  });

  it('prefills from an attendance: the activity, the day in Paris, the partner', async () => {
    // 23:30 UTC on the 10th is already the 11th in Paris.
    const attendance = await makeAttendance(ctx.database.db, {
      participantId: participant.id,
      title: 'Atelier impression 3D',
      startsAt: '2026-03-10T23:30:00.000Z',
    });
    const sources = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/experience-sources`,
    });
    expect(sources.json<ExperienceSource[]>()).toContainEqual({
      attendanceId: attendance.attendanceId,
      activityTitle: 'Atelier impression 3D',
      on: '2026-03-11',
      organisationName: attendance.organisationName,
      recorded: false,
    });
    const res = await post(participant.id, {
      kind: 'activity',
      attendanceId: attendance.attendanceId,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      title: 'Atelier impression 3D',
      occurredOn: '2026-03-11',
      organisationName: attendance.organisationName,
      attendanceId: attendance.attendanceId,
    });
    const again = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/experience-sources`,
    });
    expect(
      again.json<ExperienceSource[]>().find((s) => s.attendanceId === attendance.attendanceId)
        ?.recorded,
    ).toBe(true);

    const twice = await post(participant.id, {
      kind: 'activity',
      attendanceId: attendance.attendanceId,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'experience.already_recorded' } });
  });

  it('leaves out a partner whose name is sensitive, and keeps a title given by hand', async () => {
    const attendance = await makeAttendance(ctx.database.db, {
      participantId: participant.id,
      sensitiveName: true,
    });
    const res = await post(participant.id, {
      kind: 'activity',
      attendanceId: attendance.attendanceId,
      title: 'Mon premier atelier',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ title: 'Mon premier atelier', organisationName: null });
    const sources = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/experience-sources`,
    });
    expect(
      sources.json<ExperienceSource[]>().find((s) => s.attendanceId === attendance.attendanceId)
        ?.organisationName,
    ).toBeNull();
  });

  it.each([
    [
      'no title nor date without an attendance',
      { kind: 'other' },
      400,
      'request.validation_failed',
      ['title', 'occurredOn'],
    ],
    [
      'an unknown kind',
      { kind: 'holiday', title: 'Vacances', occurredOn: '2026-03-01' },
      400,
      'request.validation_failed',
      ['kind'],
    ],
    [
      'an unknown field',
      { kind: 'other', title: 'Truc', occurredOn: '2026-03-01', secret: 1 },
      400,
      'request.validation_failed',
      ['secret'],
    ],
    [
      'a title of one letter',
      { kind: 'other', title: 'a', occurredOn: '2026-03-01' },
      400,
      'request.validation_failed',
      ['title'],
    ],
    [
      'an impossible date',
      { kind: 'other', title: 'Truc', occurredOn: '2026-02-30' },
      400,
      'request.validation_failed',
      ['occurredOn'],
    ],
    [
      'words over 10,000 characters',
      { kind: 'other', title: 'Truc', occurredOn: '2026-03-01', words: 'a'.repeat(10_001) },
      400,
      'request.validation_failed',
      ['words'],
    ],
  ])('refuses %s, writing nothing', async (_name, body, status, code, paths) => {
    const before = await fingerprint(ctx.database.db);
    const res = await post(participant.id, body);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error: { code } });
    expect(
      res.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
    ).toEqual(paths);
    expect(await fingerprint(ctx.database.db)).toEqual(before);
  });

  it('refuses an attendance of someone else, writing nothing', async () => {
    const attendance = await makeAttendance(ctx.database.db, { participantId: other.id });
    const before = await fingerprint(ctx.database.db);
    const res = await post(participant.id, {
      kind: 'activity',
      attendanceId: attendance.attendanceId,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: 'experience.unknown_attendance', fields: [{ path: 'attendanceId' }] },
    });
    expect(await fingerprint(ctx.database.db)).toEqual(before);
  });

  it('edits with the version read; a stale version is refused', async () => {
    const created = (
      await post(participant.id, { kind: 'other', title: 'Visite', occurredOn: '2026-03-02' })
    ).json<Experience>();
    const url = `/api/experiences/${created.id}`;
    const edited = await referent.request({
      method: 'PATCH',
      url,
      payload: { version: 1, words: 'C’était bien.' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ words: 'C’était bien.', version: 2 });
    const stale = await referent.request({
      method: 'PATCH',
      url,
      payload: { version: 1, title: 'Autre' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'resource.stale_version' } });
    const audit = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'experience.update'), eq(auditEvents.entityId, created.id)),
      );
    expect(audit).toMatchObject([{ before: { words: null }, after: { words: 'C’était bien.' } }]);
  });
});

describe('the participant records their own experiences', () => {
  it('records, lists and adds a photo to their own; the timeline names no staff member', async () => {
    const mine = await createExperience(ctx.services, me(participant), participant.id, {
      kind: 'outside_programme',
      title: 'J’ai aidé ma voisine',
      occurredOn: '2026-03-13',
    });
    expect(mine.createdBy).toMatchObject({ by: 'participant', displayName: null });
    const file = await addEvidence(ctx.services, me(participant), mine.id, async () => ({
      bytes: await png(),
      filename: 'photo.png',
      mimetype: 'image/png',
    }));
    expect((await evidenceBytes(ctx.services, me(participant), file.id)).mimeType).toBe(
      'image/png',
    );
    const list = await listExperiences(ctx.services, me(participant), participant.id);
    expect(list.map((e) => e.id)).toContain(mine.id);
    const edited = await updateExperience(ctx.services, me(participant), mine.id, {
      version: 1,
      words: 'Fière de moi',
    });
    expect(edited.words).toBe('Fière de moi');
    const timeline = await referent.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/timeline`,
    });
    expect(timeline.json<TimelineEvent[]>()[0]).toMatchObject({
      kind: 'experience_updated',
      actorDisplayName: null,
      data: { by: 'participant' },
    });
  });

  it("sees nothing of another participant's: 404 everywhere", async () => {
    const theirs = await createExperience(ctx.services, me(other), other.id, {
      kind: 'other',
      title: 'À moi',
      occurredOn: '2026-03-13',
    });
    const file = await addEvidence(ctx.services, me(other), theirs.id, async () => ({
      bytes: await png(),
      filename: 'p.png',
      mimetype: 'image/png',
    }));
    const attempts = [
      () => listExperiences(ctx.services, me(participant), other.id),
      () =>
        createExperience(ctx.services, me(participant), other.id, {
          kind: 'other',
          title: 'Pirate',
          occurredOn: '2026-03-13',
        }),
      () => updateExperience(ctx.services, me(participant), theirs.id, { version: 1, words: 'x' }),
      () => evidenceBytes(ctx.services, me(participant), file.id),
      () =>
        addEvidence(ctx.services, me(participant), theirs.id, async () => ({
          bytes: await png(),
          filename: 'p.png',
          mimetype: 'image/png',
        })),
    ];
    for (const attempt of attempts)
      await expect(attempt()).rejects.toMatchObject({ status: 404, code: 'resource.not_found' });
  });
});

describe('what the viewer may do with an experience (can, from the experiences policy)', () => {
  it('whoever is shown one may edit it and add files, until it holds its maximum', async () => {
    const p = await followedParticipant(ctx.services, world);
    const created = await createExperience(ctx.services, me(p), p.id, {
      kind: 'other',
      title: 'Une visite',
      occurredOn: '2026-03-01',
    });
    expect(created.can).toEqual({ edit: true, addFile: true });
    const readers = { referent, coordination: await loginAs(ctx.app, world.staff.coordination) };
    for (const [who, client] of Object.entries(readers)) {
      const res = await client.request({
        method: 'GET',
        url: `/api/participants/${p.id}/experiences`,
      });
      expect(res.json<Experience[]>()[0]?.can, who).toEqual({ edit: true, addFile: true });
    }
    const bytes = await png();
    for (let i = 0; i < MAX_FILES_PER_EXPERIENCE; i++)
      await addEvidence(ctx.services, me(p), created.id, () =>
        Promise.resolve({ bytes, filename: 'p.png', mimetype: 'image/png' }),
      );
    const [full] = await listExperiences(ctx.services, me(p), p.id);
    expect(full?.files).toHaveLength(MAX_FILES_PER_EXPERIENCE);
    expect(full?.can).toEqual({ edit: true, addFile: false });
  });

  it('as a rule', () => {
    expect(experienceCan(0)).toEqual({ edit: true, addFile: true });
    expect(experienceCan(MAX_FILES_PER_EXPERIENCE - 1).addFile).toBe(true);
    expect(experienceCan(MAX_FILES_PER_EXPERIENCE).addFile).toBe(false);
  });
});
