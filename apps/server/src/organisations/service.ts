import type { CreateOrganisationBody, Organisation } from '@territoires/contracts';
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createOrganisationBodySchema } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { organisations } from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';
import type { Services } from '../services.js';
import { organisationNameFor, requireOrganisationCreator, seesName } from './policy.js';

type OrganisationRow = typeof organisations.$inferSelect;
type OrganisationBody = z.output<typeof createOrganisationBodySchema>;

function present(row: OrganisationRow, actor: Actor): Organisation {
  const full = seesName(actor, row);
  return {
    id: row.id,
    name: organisationNameFor(actor, row),
    kind: row.kind,
    sensitiveName: row.sensitiveName,
    // Which name stands in is only news to those who read the real one.
    publicName: full ? row.publicName : null,
    siret: row.siret,
  };
}

/** What the audit keeps of an organisation: its fields, not the row's bookkeeping. */
const audited = (row: OrganisationRow) => ({
  name: row.name,
  kind: row.kind,
  sensitiveName: row.sensitiveName,
  publicName: row.publicName,
  siret: row.siret,
});

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
  body: Required<CreateOrganisationBody> | OrganisationBody,
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
        after: audited(row),
      },
      now,
    );
    return present(row, actor);
  });
}

export async function updateOrganisation(
  services: Services,
  actor: Actor,
  id: string,
  body: OrganisationBody,
): Promise<Organisation> {
  requireOrganisationCreator(actor);
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, id))
      .for('update');
    if (!before) throw new NotFoundError('Organisation');
    const [row] = await tx
      .update(organisations)
      .set(body)
      .where(eq(organisations.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: id,
        before: audited(before),
        after: audited(row),
      },
      now,
    );
    return present(row, actor);
  });
}

export { listStaff } from './directory.js';
