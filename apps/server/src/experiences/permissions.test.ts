import type { Experience, ParticipantDetail, TimelineEvent } from '@territoires/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEvidence } from './evidence.js';
import { useTestApp } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeAttendance, png } from './test-support/factories.js';
import { buildWorld, followedParticipant, type Viewer, type World } from '../test-support/world.js';
import { staffPrincipal } from '../auth/principal.js';
import { createExperience } from './service.js';

const ctx = useTestApp();
let world: World;
let participant: ParticipantDetail;
let experience: Experience;
let fileId: string;

beforeAll(async () => {
  world = await buildWorld(ctx.services);
  participant = await followedParticipant(ctx.services, world);
  // Lived at the partner's own activity: the partner still does not read it.
  const attendance = await makeAttendance(ctx.database.db, {
    participantId: participant.id,
    organisationId: world.partner,
  });
  experience = await createExperience(
    ctx.services,
    staffPrincipal(world.staff.referent),
    participant.id,
    {
      kind: 'activity',
      attendanceId: attendance.attendanceId,
      words: 'Je me suis senti à ma place.',
    },
  );
  const bytes = await png();
  fileId = (
    await addEvidence(ctx.services, staffPrincipal(world.staff.referent), experience.id, () =>
      Promise.resolve({ bytes, filename: 'p.png', mimetype: 'image/png' }),
    )
  ).id;
});

const reads = () => [
  `/api/participants/${participant.id}/experiences`,
  `/api/participants/${participant.id}/experience-sources`,
  `/api/participants/${participant.id}/reflections`,
  `/api/files/${fileId}`,
];

const EXPECTED: Record<Viewer, number> = {
  coordination: 200,
  referent: 200,
  coordinator: 403,
  partner_staff: 404,
  org_admin: 404,
  evaluator: 404,
  funder: 404,
  stranger: 404,
};

describe('who reads experiences, reflexivity times and evidence', () => {
  it.each(Object.entries(EXPECTED) as [Viewer, number][])('%s → %i', async (who, status) => {
    const client = await loginAs(ctx.app, world.staff[who]);
    for (const url of reads()) {
      const res = await client.request({ method: 'GET', url });
      expect(res.statusCode, `${who} ${url}`).toBe(status);
      if (status !== 200) expect(res.body).not.toContain('à ma place');
    }
  });

  it('partners do not see the timeline, so not even that something was lived (ADR 12)', async () => {
    const partner = await loginAs(ctx.app, world.staff.partner_staff);
    const res = await partner.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/timeline`,
    });
    expect(res.statusCode).toBe(404);
    const colleague = await loginAs(ctx.app, world.staff.coordinator);
    const seen = await colleague.request({
      method: 'GET',
      url: `/api/participants/${participant.id}/timeline`,
    });
    const recorded = seen.json<TimelineEvent[]>().find((e) => e.kind === 'experience_recorded');
    expect(recorded?.data).toEqual({});
  });

  it('a partner cannot add evidence or edit, even at their own activity', async () => {
    const partner = await loginAs(ctx.app, world.staff.partner_staff);
    const edit = await partner.request({
      method: 'PATCH',
      url: `/api/experiences/${experience.id}`,
      payload: { version: experience.version, words: 'Réécrit' },
    });
    expect(edit.statusCode).toBe(404);
  });
});
