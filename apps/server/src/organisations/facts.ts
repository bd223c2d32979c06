import type { OrganisationKind } from '@territoires/contracts';
import { eq, inArray, type SQLWrapper } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { organisations } from '../db/schema.js';

/** What other domains need to know of an organisation: its kind and name (sensitive or not). */
export interface OrganisationFacts {
  id: string;
  name: string;
  kind: OrganisationKind;
  sensitiveName: boolean;
  siret: string | null;
}

const columns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  sensitiveName: organisations.sensitiveName,
  siret: organisations.siret,
};

/** Every organisation of a kind (the consortium's members, for coordination's screens). */
export const organisationsOfKind = (db: Db | Tx, kind: OrganisationKind) =>
  db.select(columns).from(organisations).where(eq(organisations.kind, kind));

export async function organisationFacts(
  db: Db | Tx,
  ids: readonly string[],
): Promise<Map<string, OrganisationFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(columns)
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The facts of the organisations whose ids a subquery selects: one statement with it. */
export function organisationFactsIn(db: Db | Tx, ids: SQLWrapper): Promise<OrganisationFacts[]> {
  return db.select(columns).from(organisations).where(inArray(organisations.id, ids));
}
