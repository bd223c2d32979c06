import type {
  CreateOrganisationBody,
  Organisation,
  Role,
  StaffMember,
} from '@territoires/contracts';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { memberships, organisations, staff } from '../db/schema.js';
import type { Services } from '../services.js';
import { requireDirectoryReader, requireOrganisationCreator, seesName } from './policy.js';

type OrganisationRow = typeof organisations.$inferSelect;

function present(row: OrganisationRow, actor: Actor): Organisation {
  return {
    id: row.id,
    name: seesName(actor, row) ? row.name : 'Structure partenaire',
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

/** Staff directory for pickers (référent, co-signers). */
export async function listStaff(
  services: Services,
  actor: Actor,
  query: { role?: Role | undefined; organisationId?: string | undefined },
): Promise<StaffMember[]> {
  requireDirectoryReader(actor);
  const { db } = services.database;
  const filters: SQL[] = [eq(staff.disabled, false)];
  if (query.role) filters.push(eq(memberships.role, query.role));
  if (query.organisationId) filters.push(eq(memberships.organisationId, query.organisationId));
  const matching = db
    .selectDistinct({ id: memberships.staffId })
    .from(memberships)
    .innerJoin(staff, eq(staff.id, memberships.staffId))
    .where(and(...filters));
  const rows = await db
    .select({
      id: staff.id,
      displayName: staff.displayName,
      email: staff.email,
      organisationId: memberships.organisationId,
      role: memberships.role,
    })
    .from(staff)
    .innerJoin(memberships, eq(memberships.staffId, staff.id))
    .where(inArray(staff.id, matching))
    .orderBy(asc(staff.displayName));
  const byId = new Map<string, StaffMember>();
  for (const row of rows) {
    const member = byId.get(row.id) ?? {
      id: row.id,
      displayName: row.displayName,
      email: row.email,
      roles: [],
    };
    member.roles.push({ organisationId: row.organisationId, role: row.role });
    byId.set(row.id, member);
  }
  return [...byId.values()];
}
