import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../db/database.js';
import { activities, memberships, organisations, staff } from '../db/schema.js';
import {
  ACTIVITIES,
  DEMO_PASSWORD,
  ORGANISATIONS,
  STAFF,
  type OrganisationKey,
  type StaffKey,
} from './personas.js';
import type { Actor } from '../auth/actor.js';

export interface SeededReference {
  organisationIds: Record<OrganisationKey, string>;
  actors: Record<StaffKey, Actor>;
  activityIds: { id: string; organisation: OrganisationKey }[];
}

/** Organisations, staff with their roles, and a few activities per partner. */
export async function seedReference(db: Db, now: Date): Promise<SeededReference> {
  const createdAt = now.toISOString();
  const orgRows = await db
    .insert(organisations)
    .values(
      ORGANISATIONS.map((o) => ({
        name: o.name,
        kind: o.kind,
        sensitiveName: 'sensitiveName' in o,
        createdAt,
      })),
    )
    .returning({ id: organisations.id, name: organisations.name });
  const organisationIds = Object.fromEntries(
    ORGANISATIONS.map((o) => [o.key, orgRows.find((r) => r.name === o.name)?.id ?? '']),
  ) as Record<OrganisationKey, string>;
  // Every demo account shares one password: hash it once.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actors = {} as Record<StaffKey, Actor>;
  for (const person of STAFF) {
    const [row] = await db
      .insert(staff)
      .values({ email: person.email, displayName: person.displayName, passwordHash, createdAt })
      .returning({ id: staff.id });
    if (!row) throw new Error('insert returned nothing');
    const roles = person.roles.map((r) => ({
      organisationId: organisationIds[r.organisation],
      role: r.role,
    }));
    await db.insert(memberships).values(roles.map((r) => ({ staffId: row.id, ...r })));
    actors[person.key] = { staffId: row.id, displayName: person.displayName, memberships: roles };
  }
  const activityRows = await db
    .insert(activities)
    .values(
      ACTIVITIES.map((a) => ({
        organisationId: organisationIds[a.organisation],
        title: a.title,
        createdAt,
      })),
    )
    .returning({ id: activities.id, title: activities.title });
  const activityIds = ACTIVITIES.map((a) => ({
    id: activityRows.find((r) => r.title === a.title)?.id ?? '',
    organisation: a.organisation,
  }));
  return { organisationIds, actors, activityIds };
}
