import type { DataInclusionFile, ImportReport } from '@territoires/contracts';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/record.js';
import type { Tx } from '../../db/database.js';
import { activities, organisationSources, organisations } from '../../db/schema.js';
import type { Services } from '../../services.js';
import { importRights, mayImportInto, type ImportRights } from '../policy.js';
import type { ActivityRow } from '../repository.js';
import { OUR_SOURCE, serviceOf } from './export.js';
import { reasonsOf, validateService, validateStructure } from './validate.js';

type Row = Record<string, unknown>;
type Rejected = ImportReport['rejected'][number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Our own rows come back with their uuid: `territoires-partages--<uuid>`. */
const ownUuid = (row: Row): string | null => {
  const id = String(row.id);
  const uuid = id.slice(OUR_SOURCE.length + 2);
  return row.source === OUR_SOURCE && id.startsWith(`${OUR_SOURCE}--`) && UUID.test(uuid)
    ? uuid
    : null;
};

/** data·inclusion field → activity column, with the value as stored. */
const FIELDS: [string, keyof ActivityRow, (v: unknown) => unknown][] = [
  ['nom', 'title', (v) => v],
  ['description', 'description', (v) => v],
  ['thematiques', 'thematiques', (v) => v ?? []],
  ['publics', 'publics', (v) => v ?? []],
  ['modes_accueil', 'modesAccueil', (v) => v ?? []],
  ['volume_horaire_hebdomadaire', 'volumeHoraireHebdomadaire', (v) => v ?? null],
  ['nombre_semaines', 'nombreSemaines', (v) => v ?? null],
  ['adresse', 'address', (v) => v ?? null],
  ['code_postal', 'postalCode', (v) => v ?? null],
  ['commune', 'commune', (v) => v ?? null],
  ['code_insee', 'codeInsee', (v) => v ?? null],
  ['courriel', 'contactEmail', (v) => v ?? null],
  ['telephone', 'contactPhone', (v) => v ?? null],
];

/** Only what differs from what we would export: a re-import of our own export changes nothing. */
function changesFor(incoming: Row, current: Row | null): Partial<ActivityRow> {
  const set: Record<string, unknown> = {};
  for (const [key, column, store] of FIELDS) {
    if (current && JSON.stringify(current[key] ?? null) === JSON.stringify(incoming[key] ?? null))
      continue;
    set[column] = store(incoming[key]);
  }
  return set;
}

interface Target {
  organisationId: string | null;
  row: Row;
}

/**
 * Imports a data·inclusion v1 file. Every row is checked against the standard's schema and our rules;
 * rejected rows change nothing, the accepted ones are written in one transaction (upsert by source and id).
 */
export function importCatalogue(
  services: Services,
  actor: Actor,
  file: DataInclusionFile,
): Promise<ImportReport> {
  return runImport(services, { actorId: actor.staffId, ...importRights(actor) }, file);
}

/** Who imports: the command line imports like coordination (it runs on the server, by its admin). */
export interface Importer extends ImportRights {
  actorId: string | null;
}

interface AcceptedService {
  row: Row;
  structureId: string;
  activityId: string | null;
}

/** Checks the structures: the schema, duplicates, and whether the importer may write into each one. */
async function checkStructures(tx: Tx, rows: Row[], importer: Importer, rejected: Rejected[]) {
  const structures = new Map<string, Target>();
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const reasons = validateStructure(row) ? [] : reasonsOf(validateStructure.errors);
    const id = typeof row.id === 'string' ? row.id : null;
    if (id !== null && seen.has(id)) reasons.push('/id: duplicate structure id in the file');
    if (id !== null) seen.add(id);
    let organisationId: string | null = null;
    if (reasons.length === 0 && id !== null) {
      organisationId = await findOrganisation(tx, row);
      if (organisationId === null && ownUuid(row) !== null)
        reasons.push('/id: no such organisation here');
      else if (!mayImportInto(importer, organisationId))
        reasons.push('/: you may not import into this organisation');
    }
    if (reasons.length > 0) rejected.push({ kind: 'structure', index, id, reasons });
    else if (id !== null) structures.set(id, { organisationId, row });
  }
  return structures;
}

/** Checks the services: the schema, duplicates, their structure, and our own ids coming back. */
async function checkServices(
  tx: Tx,
  rows: Row[],
  structures: Map<string, Target>,
  rejected: Rejected[],
): Promise<AcceptedService[]> {
  const accepted: AcceptedService[] = [];
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const reasons = validateService(row) ? [] : reasonsOf(validateService.errors);
    const id = typeof row.id === 'string' ? row.id : null;
    const key = `${String(row.source)}|${String(id)}`;
    if (seen.has(key)) reasons.push('/id: duplicate service id in the file');
    seen.add(key);
    if (typeof row.description === 'string' && row.description.length > 5000)
      reasons.push('/description: longer than 5,000 characters');
    const structureId = String(row.structure_id);
    if (reasons.length === 0 && !structures.has(structureId))
      reasons.push('/structure_id: no accepted structure with this id in the file');
    const uuid = ownUuid(row);
    let activityId: string | null = null;
    if (reasons.length === 0 && uuid !== null) {
      const [existing] = await tx
        .select({ id: activities.id, organisationId: activities.organisationId })
        .from(activities)
        .where(eq(activities.id, uuid));
      const organisationId = structures.get(structureId)?.organisationId;
      if (!existing) reasons.push('/id: no such activity here');
      else if (existing.organisationId !== organisationId)
        reasons.push('/structure_id: the activity belongs to another organisation');
      else activityId = existing.id;
    }
    if (reasons.length === 0 && uuid === null && id !== null) {
      // Another producer's service we already hold: it may only be updated within its organisation,
      // so that a file cannot rewrite another organisation's activity (address, phone…).
      const [known] = await tx
        .select({ organisationId: activities.organisationId })
        .from(activities)
        .where(and(eq(activities.source, String(row.source)), eq(activities.sourceId, id)));
      if (known && known.organisationId !== structures.get(structureId)?.organisationId)
        reasons.push('/structure_id: the activity belongs to another organisation');
    }
    if (reasons.length > 0) rejected.push({ kind: 'service', index, id, reasons });
    else accepted.push({ row, structureId, activityId });
  }
  return accepted;
}

export async function runImport(
  services: Pick<Services, 'database' | 'clock'>,
  importer: Importer,
  file: DataInclusionFile,
): Promise<ImportReport> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const rejected: Rejected[] = [];
    const structures = await checkStructures(tx, file.structures, importer, rejected);
    const accepted = await checkServices(tx, file.services, structures, rejected);
    for (const target of structures.values())
      target.organisationId = await upsertStructure(tx, target, now);
    for (const service of accepted) {
      const organisationId = structures.get(service.structureId)?.organisationId ?? '';
      await upsertService(tx, service.row, service.activityId, organisationId, now);
    }
    const report = {
      accepted: { structures: structures.size, services: accepted.length },
      rejected,
    };
    await recordAudit(
      tx,
      {
        actorId: importer.actorId,
        action: 'catalogue.import',
        entityType: 'catalogue',
        entityId: OUR_SOURCE,
        after: report,
      },
      now,
    );
    return report;
  });
}

async function findOrganisation(tx: Tx, row: Row): Promise<string | null> {
  const uuid = ownUuid(row);
  if (uuid !== null) {
    const [found] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, uuid));
    return found?.id ?? null;
  }
  const [known] = await tx
    .select({ id: organisationSources.organisationId })
    .from(organisationSources)
    .where(
      and(
        eq(organisationSources.source, String(row.source)),
        eq(organisationSources.structureId, String(row.id)),
      ),
    );
  return known?.id ?? null;
}

/** A structure from another producer becomes (or updates) an organisation remembered by its id. */
async function upsertStructure(tx: Tx, target: Target, now: Date): Promise<string> {
  const { row } = target;
  if (ownUuid(row) !== null && target.organisationId) return target.organisationId;
  let organisationId = target.organisationId;
  if (organisationId === null) {
    const [created] = await tx
      .insert(organisations)
      .values({ name: String(row.nom), kind: 'partner_association', createdAt: now.toISOString() })
      .returning({ id: organisations.id });
    if (!created) throw new Error('insert returned nothing');
    organisationId = created.id;
  }
  await tx
    .insert(organisationSources)
    .values({
      organisationId,
      source: String(row.source),
      structureId: String(row.id),
      data: row,
      updatedAt: now.toISOString(),
    })
    .onConflictDoUpdate({
      target: organisationSources.organisationId,
      set: { data: row, updatedAt: now.toISOString() },
    });
  return organisationId;
}

async function upsertService(
  tx: Tx,
  row: Row,
  ownId: string | null,
  organisationId: string,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const [existing] = ownId
    ? await tx.select().from(activities).where(eq(activities.id, ownId))
    : await tx
        .select()
        .from(activities)
        .where(
          and(eq(activities.source, String(row.source)), eq(activities.sourceId, String(row.id))),
        );
  if (!existing) {
    await tx.insert(activities).values({
      ...(changesFor(row, null) as { title: string }),
      organisationId,
      source: String(row.source),
      sourceId: String(row.id),
      createdAt: at,
      updatedAt: at,
    });
    return;
  }
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, existing.organisationId));
  // Compared with what we would export (which makes up a description for an empty one).
  const set = changesFor(
    row,
    serviceOf(existing, String(row.structure_id), organisation?.name ?? ''),
  );
  if (Object.keys(set).length === 0) return;
  await tx
    .update(activities)
    .set({ ...set, version: existing.version + 1, updatedAt: at })
    .where(eq(activities.id, existing.id));
}
