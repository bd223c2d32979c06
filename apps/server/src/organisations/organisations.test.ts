import type { Organisation, StaffMember } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../db/schema.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { loginAs } from '../test-support/clients.js';
import { makeOrganisation, makeStaff, type TestStaff } from '../test-support/factories.js';
import { makeActivity, makeSession } from '../activities/test-support/factories.js';

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
