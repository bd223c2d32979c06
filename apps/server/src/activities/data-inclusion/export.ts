import { PUBLIC_NAME } from '../../organisations/policy.js';
import { asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { activities, organisationSources, organisations } from '../../db/schema.js';
import type { ActivityRow } from '../repository.js';

/** Our producer id in data·inclusion: ids of what we publish are `territoires-partages--<uuid>`. */
export const OUR_SOURCE = 'territoires-partages';
export const ourId = (uuid: string) => `${OUR_SOURCE}--${uuid}`;

type Row = Record<string, unknown>;

/** data·inclusion "type de service" from our kind of activity. */
const TYPE_OF_KIND: Record<string, string> = {
  workshop: 'atelier',
  fablab: 'atelier',
  garden: 'atelier',
  sport: 'atelier',
  cultural_outing: 'atelier',
  collective_project: 'atelier',
  company_immersion: 'accompagnement',
  interview_preparation: 'accompagnement',
  afest: 'formation',
};

const nonEmpty = (list: string[]) => (list.length > 0 ? list : null);

export function serviceOf(row: ActivityRow, structureId: string, organisationName: string): Row {
  return {
    source: row.source ?? OUR_SOURCE,
    structure_id: structureId,
    id: row.sourceId ?? ourId(row.id),
    nom: row.title,
    // data·inclusion asks for 5 characters at least; our descriptions may be empty.
    description:
      row.description.length >= 5 ? row.description : `${row.title} (${organisationName})`,
    date_maj: row.updatedAt.slice(0, 10),
    type: TYPE_OF_KIND[row.kind] ?? 'atelier',
    thematiques: nonEmpty(row.thematiques),
    publics: nonEmpty(row.publics),
    modes_accueil: nonEmpty(row.modesAccueil),
    volume_horaire_hebdomadaire: row.volumeHoraireHebdomadaire,
    nombre_semaines: row.nombreSemaines,
    adresse: row.address,
    code_postal: row.postalCode,
    commune: row.commune,
    code_insee: row.codeInsee,
    courriel: row.contactEmail,
    telephone: row.contactPhone,
    frais: 'gratuit',
  };
}

/** The live catalogue as data·inclusion v1: one structure per organisation that has activities. */
export async function exportCatalogue(db: Db): Promise<{ structures: Row[]; services: Row[] }> {
  const rows = await db
    .select()
    .from(activities)
    .where(isNull(activities.archivedAt))
    .orderBy(asc(activities.organisationId), asc(activities.createdAt), asc(activities.id));
  const organisationIds = [...new Set(rows.map((r) => r.organisationId))];
  if (organisationIds.length === 0) return { structures: [], services: [] };
  const orgs = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      sensitiveName: organisations.sensitiveName,
      createdAt: organisations.createdAt,
      known: organisationSources,
    })
    .from(organisations)
    .leftJoin(organisationSources, eq(organisationSources.organisationId, organisations.id))
    .where(inArray(organisations.id, organisationIds));
  const structures = orgs.map((o) => ({
    // Fields we keep from an import (siret, site web...) go back out unchanged.
    ...(o.known?.data ?? {}),
    source: o.known?.source ?? OUR_SOURCE,
    id: o.known?.structureId ?? ourId(o.id),
    // A file leaves the platform: a sensitive name never goes with it (ADR 12).
    nom: o.sensitiveName ? PUBLIC_NAME : o.known ? (o.known.data.nom as string) : o.name,
    date_maj: (o.known?.updatedAt ?? o.createdAt).slice(0, 10),
  }));
  const structureIdOf = new Map(structures.map((s, i) => [orgs[i]?.id ?? '', s.id]));
  const nameOf = new Map(orgs.map((o) => [o.id, o.sensitiveName ? PUBLIC_NAME : o.name]));
  const services = rows.map((row) =>
    serviceOf(
      row,
      structureIdOf.get(row.organisationId) ?? ourId(row.organisationId),
      nameOf.get(row.organisationId) ?? '',
    ),
  );
  return { structures, services };
}
