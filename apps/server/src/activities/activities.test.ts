import type { Activity, ActivitySession, SessionWriteResult } from '@territoires/contracts';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activitySessions, auditEvents } from '../db/schema.js';
import { makeActivity, makeSession } from './test-support/factories.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeOrganisation, makeStaff, type TestStaff } from '../test-support/factories.js';
import { buildWorld, VIEWERS, type Viewer } from '../test-support/world.js';

const ctx = useTestApp();

let partnerOrg: string;
let consortiumOrg: string;
let partnerStaff: Client;
let consortiumReferent: Client;
let otherPartner: Client;
let evaluator: Client;
let facilitator: TestStaff;

beforeAll(async () => {
  const { db } = ctx.database;
  partnerOrg = (await makeOrganisation(db, { kind: 'partner_association', name: 'Le Dôme' })).id;
  consortiumOrg = (await makeOrganisation(db, { kind: 'consortium_member' })).id;
  const other = (await makeOrganisation(db)).id;
  facilitator = await makeStaff(db, { role: 'partner_staff', organisationId: partnerOrg });
  partnerStaff = await loginAs(ctx.app, facilitator);
  consortiumReferent = await loginAs(
    ctx.app,
    await makeStaff(db, { role: 'referent', organisationId: consortiumOrg }),
  );
  otherPartner = await loginAs(
    ctx.app,
    await makeStaff(db, { role: 'partner_staff', organisationId: other }),
  );
  evaluator = await loginAs(
    ctx.app,
    await makeStaff(db, { role: 'evaluator', organisationId: partnerOrg }),
  );
});

const fablab = (organisationId: string) => ({
  organisationId,
  title: 'Fablab : fabriquer sa lampe',
  kind: 'fablab',
  description: 'Découpe laser et impression 3D, accompagné par un fabmanager.',
  thematiques: [
    'remobilisation--lien-social',
    'numerique--maitriser-les-fondamentaux-du-numerique',
  ],
  publics: ['tous-publics'],
  modesAccueil: ['en-presentiel'],
  address: '1 avenue de Tsukuba',
  postalCode: '14200',
  commune: 'Hérouville-Saint-Clair',
  codeInsee: '14327',
  territory: 'herouville_grande_delle',
  equipment: 'Chaussures fermées',
  openToOtherPublics: true,
});

async function create(client: Client, body: object) {
  return client.request({ method: 'POST', url: '/api/activities', payload: body });
}

describe('activities', () => {
  it('partner staff publish an activity of their organisation, with an audit event', async () => {
    const res = await create(partnerStaff, fablab(partnerOrg));
    expect(res.statusCode, res.body).toBe(201);
    const activity = res.json<Activity>();
    expect(activity).toMatchObject({
      kind: 'fablab',
      organisationName: 'Le Dôme',
      version: 1,
      canManage: true,
    });
    const audit = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, activity.id), eq(auditEvents.action, 'activity.create')));
    expect(audit).toHaveLength(1);
  });

  it('a référent of a consortium member may, staff of another organisation or evaluators may not', async () => {
    expect((await create(consortiumReferent, fablab(consortiumOrg))).statusCode).toBe(201);
    expect((await create(otherPartner, fablab(partnerOrg))).statusCode).toBe(403);
    expect((await create(evaluator, fablab(partnerOrg))).statusCode).toBe(403);
  });

  it('refuses values outside the data·inclusion referential with field errors', async () => {
    const res = await create(partnerStaff, {
      ...fablab(partnerOrg),
      thematiques: ['remobilisation--inconnue'],
      codeInsee: '1432',
      kind: 'cooking',
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json<{ error: { fields: { path: string }[] } }>()
      .error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['thematiques.0', 'codeInsee', 'kind']));
  });

  it('edits under the optimistic version: a stale one gets 409, archived ones are read-only', async () => {
    const activity = (await create(partnerStaff, fablab(partnerOrg))).json<Activity>();
    const url = `/api/activities/${activity.id}`;
    const edit = await partnerStaff.request({
      method: 'PATCH',
      url,
      payload: { version: 1, title: 'Fablab du mardi' },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json<Activity>()).toMatchObject({
      title: 'Fablab du mardi',
      version: 2,
      commune: 'Hérouville-Saint-Clair',
    });
    const stale = await partnerStaff.request({
      method: 'PATCH',
      url,
      payload: { version: 1, title: 'Autre' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'resource.stale_version' } });
    const future = await makeSession(ctx.database.db, { activityId: activity.id });
    const archived = await partnerStaff.request({
      method: 'POST',
      url: `${url}/archive`,
      payload: { version: 2 },
    });
    expect(archived.json<Activity>().archivedAt).not.toBeNull();
    // Its future sessions are cancelled with it.
    const [session] = await ctx.database.db
      .select()
      .from(activitySessions)
      .where(eq(activitySessions.id, future.id));
    expect(session?.cancelledAt).not.toBeNull();
    const after = await partnerStaff.request({
      method: 'PATCH',
      url,
      payload: { version: 3, title: 'Encore' },
    });
    expect(after.json()).toMatchObject({ error: { code: 'activity.archived' } });
    expect(after.statusCode).toBe(422);
  });
});

describe('sessions and weekly series', () => {
  let activityId: string;
  beforeAll(async () => {
    activityId = (await create(partnerStaff, fablab(partnerOrg))).json<Activity>().id;
  });
  const series = (body: object) =>
    partnerStaff.request({
      method: 'POST',
      url: `/api/activities/${activityId}/series`,
      payload: body,
    });
  const weekly = {
    weekday: 2,
    startTime: '10:00',
    durationMinutes: 120,
    firstOn: '2026-03-16',
    lastOn: '2026-04-07',
    capacity: 8,
    place: 'Atelier du Dôme',
  };

  it('generates one session a week at 10:00 Paris time, on both sides of the DST change', async () => {
    const res = await series({ ...weekly, facilitatorId: facilitator.staffId });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json<SessionWriteResult>();
    expect(result.sessions.map((s) => s.startsAt)).toEqual([
      '2026-03-17T09:00:00.000Z',
      '2026-03-24T09:00:00.000Z',
      '2026-03-31T08:00:00.000Z',
      '2026-04-07T08:00:00.000Z',
    ]);
    expect(result.sessions[0]).toMatchObject({
      capacity: 8,
      seatsLeft: 8,
      facilitatorName: facilitator.displayName,
    });
    expect(result.warnings).toEqual([]);
  });

  it('warns, without refusing, when the facilitator already runs a session then', async () => {
    const res = await partnerStaff.request({
      method: 'POST',
      url: `/api/activities/${activityId}/sessions`,
      payload: {
        date: '2026-03-24',
        startTime: '11:00',
        endTime: '12:30',
        capacity: 4,
        facilitatorId: facilitator.staffId,
      },
    });
    expect(res.statusCode).toBe(201);
    const { warnings } = res.json<SessionWriteResult>();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'session.facilitator_overlap',
      overlapping: [
        { startsAt: '2026-03-24T09:00:00.000Z', activityTitle: 'Fablab : fabriquer sa lampe' },
      ],
    });
  });

  it.each([
    [{ ...weekly, capacity: 0 }, 'request.validation_failed'],
    [{ ...weekly, lastOn: '2026-03-01' }, 'series.last_before_first'],
    [{ ...weekly, lastOn: '2028-03-01' }, 'series.too_long'],
    [{ ...weekly, startTime: '25:00' }, 'request.validation_failed'],
    [{ ...weekly, firstOn: '2026-03-17', lastOn: '2026-03-18', weekday: 5 }, 'series.no_sessions'],
  ])('refuses a bad series with 400 (%#)', async (body, code) => {
    const res = await series(body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code } });
  });

  it('refuses a session that ends before it starts, or a facilitator from elsewhere', async () => {
    const url = `/api/activities/${activityId}/sessions`;
    const backwards = await partnerStaff.request({
      method: 'POST',
      url,
      payload: { date: '2026-03-20', startTime: '16:00', endTime: '14:00', capacity: 3 },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ error: { code: 'session.end_before_start' } });
    const stranger = await makeStaff(ctx.database.db, { role: 'partner_staff' });
    const foreign = await partnerStaff.request({
      method: 'POST',
      url,
      payload: {
        date: '2026-03-20',
        startTime: '14:00',
        endTime: '16:00',
        capacity: 3,
        facilitatorId: stranger.staffId,
      },
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json()).toMatchObject({ error: { code: 'facilitator.not_eligible' } });
  });

  it('moves and cancels a session; the list and the detail follow', async () => {
    const created = (
      await partnerStaff.request({
        method: 'POST',
        url: `/api/activities/${activityId}/sessions`,
        payload: { date: '2026-05-05', startTime: '14:00', endTime: '16:00', capacity: 6 },
      })
    ).json<SessionWriteResult>().sessions[0];
    if (!created) throw new Error('no session');
    const moved = await partnerStaff.request({
      method: 'PATCH',
      url: `/api/sessions/${created.id}`,
      payload: { version: 1, startTime: '15:00', endTime: '17:00' },
    });
    expect(moved.json<SessionWriteResult>().sessions[0]).toMatchObject({
      startsAt: '2026-05-05T13:00:00.000Z',
      version: 2,
    });
    const detail = await otherPartner.request({
      method: 'GET',
      url: `/api/sessions/${created.id}`,
    });
    expect(detail.json()).toMatchObject({
      session: { id: created.id },
      activity: { id: activityId, canManage: false },
    });
    const cancel = await partnerStaff.request({
      method: 'POST',
      url: `/api/sessions/${created.id}/cancel`,
      payload: { version: 2 },
    });
    expect(cancel.statusCode).toBe(200);
    const list = await partnerStaff.request({
      method: 'GET',
      url: `/api/activities/${activityId}/sessions`,
    });
    expect(list.json<{ id: string }[]>().map((s) => s.id)).not.toContain(created.id);
    const again = await partnerStaff.request({
      method: 'POST',
      url: `/api/sessions/${created.id}/cancel`,
      payload: { version: 3 },
    });
    expect(again.json()).toMatchObject({ error: { code: 'session.cancelled' } });
    const other = await otherPartner.request({
      method: 'POST',
      url: `/api/sessions/${created.id}/cancel`,
      payload: { version: 3 },
    });
    expect(other.statusCode).toBe(403);
  });
});

describe('what the viewer may do with a session (can, from the activities policy)', () => {
  // The world's partner organisation runs the activity: its partner roles and coordination manage it.
  const MANAGES: Record<Viewer, boolean> = {
    coordination: true,
    coordinator: false,
    referent: false,
    partner_staff: true,
    org_admin: true,
    evaluator: false,
    funder: false,
    stranger: false,
  };

  it.each(VIEWERS)(
    '%s: cancels an open session only where they manage the activity',
    async (viewer) => {
      const world = await buildWorld(ctx.services);
      const activity = await makeActivity(ctx.database.db, { organisationId: world.partner });
      await makeSession(ctx.database.db, { activityId: activity.id });
      await makeSession(ctx.database.db, {
        activityId: activity.id,
        startsAt: '2026-03-17T10:00:00.000Z',
        endsAt: '2026-03-17T12:00:00.000Z',
        cancelledAt: '2026-03-10T10:00:00.000Z',
      });
      const client = await loginAs(ctx.app, world.staff[viewer]);
      const res = await client.request({
        method: 'GET',
        url: `/api/activities/${activity.id}/sessions?includeCancelled=true`,
      });
      expect(res.statusCode, res.body).toBe(200);
      const [open, cancelled] = res.json<ActivitySession[]>();
      expect(open?.can).toEqual({ cancel: MANAGES[viewer] });
      expect(cancelled?.can).toEqual({ cancel: false });
    },
  );
});
