import type { CreateOrganisationBody, Organisation } from '@territoires/contracts';
import { asc } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { organisations } from '../db/schema.js';
import type { Services } from '../services.js';
import { organisationNameFor, requireOrganisationCreator } from './policy.js';

type OrganisationRow = typeof organisations.$inferSelect;

function present(row: OrganisationRow, actor: Actor): Organisation {
  return {
    id: row.id,
    name: organisationNameFor(actor, row),
    kind: row.kind,
    sensitiveName: row.sensitiveName,
  };
}

export async function listOrganisations(services: Services, actor: Actor): Promise<Organisation[]> {
  const rows = await services.database.db
    .select()
    .from(organisations)
    .orderBy(asc(organisations.name));
  return rows.map((row) => present(row, actor));
}

export async function createOrganisation(
  services: Services,
  actor: Actor,
  body: Required<CreateOrganisationBody>,
): Promise<Organisation> {
  requireOrganisationCreator(actor);
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organisations)
      .values({ ...body, createdAt: now.toISOString() })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: row.id,
        after: row,
      },
      now,
    );
    return present(row, actor);
  });
}

export { listStaff } from './directory.js';
