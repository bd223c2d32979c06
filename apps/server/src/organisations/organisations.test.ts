import type { Organisation, StaffMember } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../db/schema.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeOrganisation, makeStaff, type TestStaff } from '../test-support/factories.js';
import { makeActivity, makeSession } from '../activities/test-support/factories.js';
import { loginParticipant } from '../test-support/participant-clients.js';
import { buildWorld, followedParticipant } from '../test-support/world.js';

const ctx = useTestApp();

let sensitive: { id: string; name: string };
let member: Client;
let outsider: Client;
let coordination: Client;
let referents: TestStaff[];

beforeAll(async () => {
  const { db } = ctx.database;
  sensitive = await makeOrganisation(db, { name: 'Service addictologie', sensitiveName: true });
  const other = await makeOrganisation(db);
  member = await loginAs(
    ctx.app,
    await makeStaff(db, { role: 'partner_staff', organisationId: sensitive.id }),
  );
  outsider = await loginAs(
    ctx.app,
    await makeStaff(db, { role: 'referent', organisationId: other.id }),
  );
  coordination = await loginAs(ctx.app, await makeStaff(db, { role: 'coordination' }));
  referents = [
    await makeStaff(db, { role: 'referent', organisationId: sensitive.id }),
    await makeStaff(db, { role: 'referent', organisationId: sensitive.id }),
  ];
  const [, leaving] = referents;
  if (leaving) await db.update(staff).set({ disabled: true }).where(eq(staff.id, leaving.staffId));
});

const nameSeenBy = async (client: Client) => {
  const res = await client.request({ method: 'GET', url: '/api/organisations' });
  expect(res.statusCode).toBe(200);
  return res.json<Organisation[]>().find((o) => o.id === sensitive.id)?.name;
};

describe('organisations', () => {
  it('a sensitive name is shown to its members and coordination only', async () => {
    expect(await nameSeenBy(member)).toBe('Service addictologie');
    expect(await nameSeenBy(coordination)).toBe('Service addictologie');
    expect(await nameSeenBy(outsider)).toBe('Structure partenaire');
  });

  it('coordination adds an organisation, others may not', async () => {
    const payload = { name: 'Nouvelle recyclerie', kind: 'partner_association' };
    const refused = await outsider.request({ method: 'POST', url: '/api/organisations', payload });
    expect(refused.statusCode).toBe(403);
    const res = await coordination.request({ method: 'POST', url: '/api/organisations', payload });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ ...payload, sensitiveName: false });
    const names = (await outsider.request({ method: 'GET', url: '/api/organisations' })).json<
      Organisation[]
    >();
    expect(names.map((o) => o.name)).toContain('Nouvelle recyclerie');
  });

  it('lists staff by role and organisation, without disabled accounts', async () => {
    const res = await outsider.request({
      method: 'GET',
      url: `/api/staff?role=referent&organisationId=${sensitive.id}`,
    });
    expect(res.statusCode).toBe(200);
    const ids = res.json<StaffMember[]>().map((s) => s.id);
    expect(ids).toEqual([referents[0]?.staffId]);
    const found = res.json<StaffMember[]>()[0];
    expect(found?.roles).toEqual([{ organisationId: sensitive.id, role: 'referent' }]);
  });
});

describe('the staff directory (ADR 12)', () => {
  it('partners see their own organisation’s staff and the facilitators of the sessions they run, never the consortium’s e-mails', async () => {
    const { db } = ctx.database;
    const place = await makeOrganisation(db);
    const elsewhere = await makeOrganisation(db);
    const colleague = await makeStaff(db, { role: 'partner_staff', organisationId: place.id });
    const facilitator = await makeStaff(db, { role: 'referent', organisationId: elsewhere.id });
    const unrelated = await makeStaff(db, { role: 'referent', organisationId: elsewhere.id });
    const activity = await makeActivity(db, { organisationId: place.id });
    await makeSession(db, { activityId: activity.id, facilitatorId: facilitator.staffId });
    const partner = await loginAs(
      ctx.app,
      await makeStaff(db, { role: 'org_admin', organisationId: place.id }),
    );
    const res = await partner.request({ method: 'GET', url: '/api/staff' });
    expect(res.statusCode).toBe(200);
    const seen = new Map(res.json<StaffMember[]>().map((s) => [s.id, s]));
    expect(seen.get(colleague.staffId)?.email).toBe(colleague.email);
    expect(seen.get(facilitator.staffId)).toMatchObject({ email: null, roles: [] });
    expect(seen.has(unrelated.staffId)).toBe(false);
    expect(res.body).not.toContain(unrelated.email);
    expect(res.body).not.toContain(facilitator.email);
    // Follow-up staff still pick référents across the consortium.
    const all = await outsider.request({ method: 'GET', url: '/api/staff' });
    expect(all.json<StaffMember[]>().map((s) => s.id)).toContain(unrelated.staffId);
  });
});

describe('sensitive organisation names (ADR 12)', () => {
  it('never leave the server to anyone outside that organisation and coordination: catalogue, activity page, export, participant catalogue', async () => {
    const { db } = ctx.database;
    const activity = await makeActivity(db, {
      organisationId: sensitive.id,
      title: 'Groupe de parole du mardi',
    });
    await makeSession(db, {
      activityId: activity.id,
      startsAt: '2026-03-17T09:00:00.000Z',
      endsAt: '2026-03-17T11:00:00.000Z',
    });
    const world = await buildWorld(ctx.services);
    const person = await followedParticipant(ctx.services, world);
    const phone = await loginParticipant(ctx.app, person.id, world.staff.referent);
    const reads = async (client: { request: Client['request'] }) => {
      const bodies = await Promise.all(
        [
          `/api/activities/${activity.id}`,
          '/api/catalogue?q=Groupe%20de%20parole',
          '/api/catalogue/export',
          '/api/me/catalogue?period=this_week',
        ].map(async (url) => (await client.request({ method: 'GET', url })).body),
      );
      return bodies.join('\n');
    };
    const outside = await reads(outsider);
    expect(outside).not.toContain('addictologie');
    expect(outside).toContain('Structure partenaire');
    expect(await reads(phone)).not.toContain('addictologie');
    expect(await reads(member)).toContain('Service addictologie');
    expect(await reads(coordination)).toContain('Service addictologie');
  });
});

describe('who may co-sign a contract, in the directory (coSigner, from the pathway policy)', () => {
  it('référents, coordinateurs and coordination; not partner roles nor evaluators', async () => {
    const world = await buildWorld(ctx.services);
    const res = await coordination.request({ method: 'GET', url: '/api/staff' });
    const members = res.json<StaffMember[]>();
    const expected = {
      coordination: true,
      coordinator: true,
      referent: true,
      partner_staff: false,
      org_admin: false,
      evaluator: false,
      stranger: true,
    } as const;
    for (const [viewer, coSigner] of Object.entries(expected))
      expect(
        members.find((m) => m.id === world.staff[viewer as keyof typeof expected].staffId)
          ?.coSigner,
        viewer,
      ).toBe(coSigner);
  });
});
