import type { Role, StaffMember } from '@territoires/contracts';
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { activities, activitySessions, memberships, staff } from '../db/schema.js';
import type { Services } from '../services.js';
import { mayCoSign } from '../pathway/policy.js';
import { directoryScope, seesEmail, type DirectoryScope } from './policy.js';

/** A partner's directory: their organisations' staff and whoever facilitates their sessions. */
function partnerCircle(db: Db, organisationIds: string[]): SQL | undefined {
  if (organisationIds.length === 0) return undefined;
  const facilitators = db
    .selectDistinct({ id: activitySessions.facilitatorId })
    .from(activitySessions)
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(inArray(activities.organisationId, organisationIds));
  return or(
    inArray(memberships.organisationId, organisationIds),
    inArray(memberships.staffId, facilitators),
  );
}

function matchingStaff(
  db: Db,
  scope: DirectoryScope,
  query: { role?: Role | undefined; organisationId?: string | undefined },
) {
  const filters: SQL[] = [eq(staff.disabled, false)];
  if (query.role) filters.push(eq(memberships.role, query.role));
  if (query.organisationId) filters.push(eq(memberships.organisationId, query.organisationId));
  if (scope.kind === 'partner') {
    const circle = partnerCircle(db, scope.organisationIds);
    if (!circle) return null;
    filters.push(circle);
  }
  return db
    .selectDistinct({ id: memberships.staffId })
    .from(memberships)
    .innerJoin(staff, eq(staff.id, memberships.staffId))
    .where(and(...filters));
}

/** Staff directory for pickers (référent, co-signers, facilitators), trimmed to the actor's scope. */
export async function listStaff(
  services: Services,
  actor: Actor,
  query: { role?: Role | undefined; organisationId?: string | undefined },
): Promise<StaffMember[]> {
  const scope = directoryScope(actor);
  const { db } = services.database;
  const matching = matchingStaff(db, scope, query);
  if (!matching) return [];
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
  const byId = new Map<string, Omit<StaffMember, 'coSigner'> & { memberOf: string[] }>();
  for (const row of rows) {
    const member = byId.get(row.id) ?? {
      id: row.id,
      displayName: row.displayName,
      email: row.email,
      roles: [],
      memberOf: [],
    };
    member.memberOf.push(row.organisationId);
    if (scope.kind === 'consortium' || scope.organisationIds.includes(row.organisationId))
      member.roles.push({ organisationId: row.organisationId, role: row.role });
    byId.set(row.id, member);
  }
  return [...byId.values()].map(({ memberOf, ...member }) => ({
    ...member,
    email: seesEmail(scope, memberOf) ? member.email : null,
    // From the roles this viewer reads only: a partner does not learn a role elsewhere through it.
    coSigner: mayCoSign(member.roles),
  }));
}
