import type { Activity, ActivitySession } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { activities, activitySessions, organisations, staff } from '../db/schema.js';
import { NotFoundError } from '../errors/index.js';
import type { Actor } from '../auth/actor.js';
import { organisationNameFor } from '../organisations/policy.js';
import { iso } from '../time/index.js';
import { sessionCan } from './policy.js';

export type ActivityRow = typeof activities.$inferSelect;
export type SessionRow = typeof activitySessions.$inferSelect;
export interface ActivityWithOrg {
  row: ActivityRow;
  organisationName: string;
  organisationKind: string;
  organisationSensitive: boolean;
}

/** Loads an activity with its organisation; `lock` takes the row for an update. */
export async function loadActivity(
  db: Db | Tx,
  id: string,
  lock = false,
): Promise<ActivityWithOrg> {
  const query = db
    .select({
      row: activities,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      organisationSensitive: organisations.sensitiveName,
    })
    .from(activities)
    .innerJoin(organisations, eq(organisations.id, activities.organisationId))
    .where(eq(activities.id, id));
  const [found] = lock ? await query.for('update', { of: activities }) : await query;
  if (!found) throw new NotFoundError('Activity');
  return found;
}

/** The activity as this viewer reads it (its organisation's sensitive name stays inside, ADR 12). */
export function presentActivity(
  found: ActivityWithOrg,
  canManage: boolean,
  viewer: Actor,
): Activity {
  const { row } = found;
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: organisationNameFor(viewer, {
      id: row.organisationId,
      name: found.organisationName,
      sensitiveName: found.organisationSensitive,
    }),
    title: row.title,
    kind: row.kind,
    description: row.description,
    thematiques: row.thematiques,
    publics: row.publics,
    modesAccueil: row.modesAccueil,
    volumeHoraireHebdomadaire: row.volumeHoraireHebdomadaire,
    nombreSemaines: row.nombreSemaines,
    address: row.address,
    postalCode: row.postalCode,
    commune: row.commune,
    codeInsee: row.codeInsee,
    territory: row.territory,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    equipment: row.equipment,
    openToOtherPublics: row.openToOtherPublics,
    source: row.source,
    sourceId: row.sourceId,
    archivedAt: row.archivedAt === null ? null : iso(row.archivedAt),
    version: row.version,
    updatedAt: iso(row.updatedAt),
    canManage,
  };
}

export const sessionColumns = {
  row: activitySessions,
  facilitatorName: staff.displayName,
};

/** `manages`: whether the viewer manages the session's activity (mayManage, the activities policy). */
export function presentSession(
  found: { row: SessionRow; facilitatorName: string | null },
  manages: boolean,
): ActivitySession {
  const { row } = found;
  return {
    id: row.id,
    activityId: row.activityId,
    seriesId: row.seriesId,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    place: row.place,
    capacity: row.capacity,
    registeredCount: row.registeredCount,
    seatsLeft: Math.max(0, row.capacity - row.registeredCount),
    facilitatorId: row.facilitatorId,
    facilitatorName: found.facilitatorName,
    cancelledAt: row.cancelledAt === null ? null : iso(row.cancelledAt),
    version: row.version,
    can: sessionCan(manages, row),
  };
}
