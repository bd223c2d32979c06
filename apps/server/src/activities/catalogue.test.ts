import type { CatalogueItem, DataInclusionFile, ImportReport } from '@territoires/contracts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, organisationSources, organisations } from '../db/schema.js';
import { useTestApp, type Client } from '../test-support/app.js';
import { makeActivity, makeSession } from './test-support/factories.js';
import { loginAs } from '../test-support/clients.js';
import { fingerprint } from '../test-support/fingerprint.js';
import { makeOrganisation, makeStaff } from '../test-support/factories.js';
import serviceSchema from './data-inclusion/service.json' with { type: 'json' };
import structureSchema from './data-inclusion/structure.json' with { type: 'json' };

const ctx = useTestApp();
let coordination: Client;
let orgAdmin: Client;
let partner: Client;
let orgId: string;
let gardenId: string;

beforeAll(async () => {
  const { db } = ctx.database;
  orgId = (await makeOrganisation(db, { name: 'Jardins de la Grâce' })).id;
  coordination = await loginAs(ctx.app, await makeStaff(db, { role: 'coordination' }));
  orgAdmin = await loginAs(
    ctx.app,
    await makeStaff(db, { role: 'org_admin', organisationId: orgId }),
  );
  partner = await loginAs(
    ctx.app,
    await makeStaff(db, { role: 'partner_staff', organisationId: orgId }),
  );
  const garden = await makeActivity(db, {
    organisationId: orgId,
    title: 'Jardin partagé de la Grâce de Dieu',
    kind: 'garden',
    thematiques: ['remobilisation--lien-social'],
    commune: 'Caen',
    codeInsee: '14118',
    postalCode: '14000',
    territory: 'caen_grace_de_dieu',
    publics: ['tous-publics'],
  });
  gardenId = garden.id;
  const cinema = await makeActivity(db, {
    organisationId: orgId,
    title: 'Ciné-débat au Café des images',
    kind: 'cultural_outing',
    description: '',
    commune: 'Hérouville-Saint-Clair',
  });
  await makeActivity(db, {
    organisationId: orgId,
    title: 'Atelier archivé',
    archivedAt: '2026-01-01T00:00:00Z',
  });
  // TEST_NOW is Sunday 2026-03-15 11:00 Paris: Tuesday 17 and Thursday 19 this week, Tuesday 24 the next.
  await makeSession(db, {
    activityId: garden.id,
    startsAt: '2026-03-17T13:00:00Z',
    endsAt: '2026-03-17T15:00:00Z',
    capacity: 6,
    registeredCount: 2,
  });
  await makeSession(db, {
    activityId: garden.id,
    startsAt: '2026-03-24T13:00:00Z',
    endsAt: '2026-03-24T15:00:00Z',
  });
  await makeSession(db, {
    activityId: cinema.id,
    startsAt: '2026-03-19T19:00:00Z',
    endsAt: '2026-03-19T21:00:00Z',
  });
  await makeSession(db, {
    activityId: cinema.id,
    startsAt: '2026-03-14T19:00:00Z',
    endsAt: '2026-03-14T21:00:00Z',
  });
  await makeSession(db, {
    activityId: cinema.id,
    startsAt: '2026-03-18T19:00:00Z',
    endsAt: '2026-03-18T21:00:00Z',
    cancelledAt: '2026-03-10T00:00:00Z',
  });
});

const search = async (query: Record<string, string>) => {
  const res = await partner.request({ method: 'GET', url: '/api/catalogue', query });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: CatalogueItem[] }>().items;
};
const titles = (items: CatalogueItem[]) => items.map((i) => i.title);

describe('catalogue search', () => {
  it('this week: soonest first, live future sessions only, with seats left', async () => {
    const items = await search({ period: 'this_week', organisationId: orgId });
    expect(titles(items)).toEqual([
      'Jardin partagé de la Grâce de Dieu',
      'Ciné-débat au Café des images',
    ]);
    expect(items[0]?.nextSessions).toEqual([
      expect.objectContaining({ startsAt: '2026-03-17T13:00:00.000Z', seatsLeft: 4 }),
    ]);
    expect(items[1]?.nextSessions.map((s) => s.startsAt)).toEqual(['2026-03-19T19:00:00.000Z']);
  });

  it('shows every write at once, though repeated searches are reused on PGlite (ADR 0009)', async () => {
    const query = { period: 'this_week', organisationId: orgId };
    const session = (await search(query))[0]?.nextSessions[0];
    expect(session?.seatsLeft).toBe(4);
    const res = await partner.request({
      method: 'POST',
      url: `/api/sessions/${session?.id ?? ''}/registrations`,
      payload: { guestName: 'Voisine du quartier' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await search(query))[0]?.nextSessions[0]?.seatsLeft).toBe(3);
    const other = (await makeOrganisation(ctx.database.db)).id;
    const elsewhere = { period: 'this_week', organisationId: other };
    expect(await search(elsewhere)).toEqual([]);
    const velo = await makeActivity(ctx.database.db, { organisationId: other, title: 'Vélo' });
    await makeSession(ctx.database.db, {
      activityId: velo.id,
      startsAt: '2026-03-20T09:00:00Z',
      endsAt: '2026-03-20T11:00:00Z',
    });
    expect(titles(await search(elsewhere))).toEqual(['Vélo']);
    const cancel = await partner.request({
      method: 'DELETE',
      url: `/api/registrations/${res.json<{ id: string }>().id}`,
    });
    expect(cancel.statusCode, cancel.body).toBeLessThan(300);
    expect((await search(query))[0]?.nextSessions[0]?.seatsLeft).toBe(4);
  });

  it('filters by theme (value or category), kind, territory, commune, weekday and text', async () => {
    const base = { organisationId: orgId };
    expect(titles(await search({ ...base, theme: 'remobilisation' }))).toEqual([
      'Jardin partagé de la Grâce de Dieu',
    ]);
    expect(titles(await search({ ...base, theme: 'remobilisation--lien-social' }))).toHaveLength(1);
    expect(titles(await search({ ...base, kind: 'cultural_outing' }))).toEqual([
      'Ciné-débat au Café des images',
    ]);
    expect(titles(await search({ ...base, territory: 'caen_grace_de_dieu' }))).toHaveLength(1);
    expect(titles(await search({ ...base, commune: 'hérouville-saint-clair' }))).toEqual([
      'Ciné-débat au Café des images',
    ]);
    expect(titles(await search({ ...base, weekday: '4' }))).toEqual([
      'Ciné-débat au Café des images',
    ]);
    expect(titles(await search({ ...base, q: 'jardin' }))).toEqual([
      'Jardin partagé de la Grâce de Dieu',
    ]);
    expect(titles(await search({ ...base, q: '100%' }))).toEqual([]);
  });

  it('staff browsing without dates lists every live activity by title, archived ones aside', async () => {
    expect(titles(await search({ organisationId: orgId }))).toEqual([
      'Ciné-débat au Café des images',
      'Jardin partagé de la Grâce de Dieu',
    ]);
  });

  it('refuses bad filters with 400', async () => {
    const res = await partner.request({
      method: 'GET',
      url: '/api/catalogue',
      query: { weekday: '8' },
    });
    expect(res.statusCode).toBe(400);
  });
});

const exportFile = async (client: Client) => {
  const res = await client.request({ method: 'GET', url: '/api/catalogue/export' });
  expect(res.statusCode).toBe(200);
  return res.json<DataInclusionFile>();
};
const importFile = (client: Client, file: object) =>
  client.request({ method: 'POST', url: '/api/catalogue/import', payload: file });

describe('data·inclusion export and import', () => {
  it('the export validates against the data·inclusion v1 schemas', async () => {
    // The bundled copies are the shared standard as published.
    for (const name of ['service', 'structure']) {
      const shared = new URL(
        `../../../../../shared/standards/data-inclusion/v1/${name}.json`,
        import.meta.url,
      );
      if (existsSync(shared))
        expect(JSON.parse(readFileSync(shared, 'utf8'))).toEqual(
          name === 'service' ? serviceSchema : structureSchema,
        );
    }
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validService = ajv.compile(serviceSchema);
    const validStructure = ajv.compile(structureSchema);
    const file = await exportFile(partner);
    expect(file.services.length).toBeGreaterThanOrEqual(2);
    for (const s of file.structures)
      expect(validStructure(s), JSON.stringify(validStructure.errors)).toBe(true);
    for (const s of file.services)
      expect(validService(s), JSON.stringify(validService.errors)).toBe(true);
    expect(file.services.map((s) => s.nom)).not.toContain('Atelier archivé');
  });

  it('a round trip export → import changes nothing', async () => {
    const file = await exportFile(coordination);
    const before = await fingerprint(ctx.database.db);
    const res = await importFile(coordination, file);
    expect(res.json<ImportReport>()).toEqual({
      accepted: { structures: file.structures.length, services: file.services.length },
      rejected: [],
    });
    const [garden] = await ctx.database.db
      .select()
      .from(activities)
      .where(eq(activities.id, gardenId));
    expect(garden?.version).toBe(1);
    // Only the import's audit event is new.
    const after = await fingerprint(ctx.database.db);
    expect({ ...after, audit_events: 0 }).toEqual({ ...before, audit_events: 0 });
  });

  it('imports the good rows of a mixed file and reports every bad one', async () => {
    const structure = {
      source: 'dora',
      id: 'dora--cafe-solidaire',
      nom: 'Café solidaire',
      date_maj: '2026-02-01',
      siret: '12345678901234',
    };
    const service = (id: string, extra: object = {}) => ({
      source: 'dora',
      structure_id: 'dora--cafe-solidaire',
      id,
      nom: 'Atelier cuisine',
      description: 'Cuisiner ensemble des produits de saison.',
      date_maj: '2026-02-01',
      thematiques: ['remobilisation--lien-social'],
      ...extra,
    });
    const file = {
      structures: [structure, { source: 'dora', id: 'dora--bad', nom: 'X', date_maj: 'hier' }],
      services: [
        service('dora--cuisine'),
        service('dora--bad-theme', { thematiques: ['cuisine--inexistante'] }),
        service('dora--orphan', { structure_id: 'dora--bad' }),
        service('dora--insee', { code_insee: '123' }),
      ],
    };
    const res = await importFile(coordination, file);
    expect(res.statusCode).toBe(200);
    const report = res.json<ImportReport>();
    expect(report.accepted).toEqual({ structures: 1, services: 1 });
    expect(report.rejected.map((r) => [r.kind, r.index, r.id])).toEqual([
      ['structure', 1, 'dora--bad'],
      ['service', 1, 'dora--bad-theme'],
      ['service', 2, 'dora--orphan'],
      ['service', 3, 'dora--insee'],
    ]);
    expect(report.rejected[0]?.reasons.join(' ')).toContain('/nom');
    expect(report.rejected[1]?.reasons.join(' ')).toContain('/thematiques/0');
    const [cafe] = await ctx.database.db
      .select()
      .from(organisationSources)
      .where(eq(organisationSources.structureId, 'dora--cafe-solidaire'));
    expect(cafe).toBeDefined();
    // Upsert by (source, id): importing again updates the same activity.
    await importFile(coordination, {
      structures: [structure],
      services: [service('dora--cuisine', { nom: 'Atelier cuisine du jeudi' })],
    });
    const rows = await ctx.database.db
      .select()
      .from(activities)
      .where(eq(activities.sourceId, 'dora--cuisine'));
    expect(rows.map((r) => [r.title, r.version])).toEqual([['Atelier cuisine du jeudi', 2]]);
    const orgs = await ctx.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.name, 'Café solidaire'));
    expect(orgs).toHaveLength(1);
  });

  it('an org_admin imports into their own organisation only; partner staff may not import', async () => {
    const file = await exportFile(orgAdmin);
    const res = await importFile(orgAdmin, file);
    const report = res.json<ImportReport>();
    expect(
      report.rejected
        .filter((r) => r.kind === 'structure')
        .every((r) => r.reasons[0]?.includes('may not')),
    ).toBe(true);
    expect(report.accepted.structures).toBe(1);
    expect((await importFile(partner, file)).statusCode).toBe(403);
  });

  it('a scoped import never updates an activity of another organisation', async () => {
    const { db } = ctx.database;
    const theirs = await makeOrganisation(db, { name: 'Autre structure' });
    const victim = await makeActivity(db, {
      organisationId: theirs.id,
      title: 'Atelier vélo',
      source: 'dora',
      sourceId: 'dora--velo',
    });
    const exported = await exportFile(orgAdmin);
    const ownStructure = exported.structures.find((row) => String(row.id).includes(orgId));
    expect(ownStructure).toBeDefined();
    const forged = {
      source: 'dora',
      structure_id: ownStructure?.id,
      id: 'dora--velo',
      nom: 'Atelier vélo (réécrit)',
      description: 'Appelez le 06 00 00 00 00.',
      date_maj: '2026-02-01',
      thematiques: ['remobilisation--lien-social'],
    };
    const res = await importFile(orgAdmin, { structures: [ownStructure], services: [forged] });
    expect(res.statusCode).toBe(200);
    const report = res.json<ImportReport>();
    expect(report.rejected).toEqual([
      expect.objectContaining({
        kind: 'service',
        id: 'dora--velo',
        reasons: ['/structure_id: the activity belongs to another organisation'],
      }),
    ]);
    const [after] = await db.select().from(activities).where(eq(activities.id, victim.id));
    expect(after).toMatchObject({
      title: 'Atelier vélo',
      organisationId: theirs.id,
      version: victim.version,
    });
  });
});
