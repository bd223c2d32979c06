import type {
  Activity,
  createActivityBodySchema,
  updateActivityBodySchema,
} from '@territoires/contracts';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { activities, activitySessions, organisations } from '../db/schema.js';
import { NotFoundError, RuleViolationError, StaleVersionError } from '../errors/index.js';
import type { Services } from '../services.js';
import { mayManage, requireManage } from './policy.js';
import { loadActivity, presentActivity, type ActivityRow } from './repository.js';

type CreateBody = z.output<typeof createActivityBodySchema>;
type UpdateBody = z.output<typeof updateActivityBodySchema>;
type Changes = Partial<Omit<UpdateBody, 'version'>>;

/** Only the fields present in the body: an absent field keeps its value. */
const defined = (changes: Changes): Partial<ActivityRow> =>
  Object.fromEntries(
    Object.entries(changes as Record<string, unknown>).filter(([, v]) => v !== undefined),
  );

export async function getActivity(services: Services, actor: Actor, id: string): Promise<Activity> {
  const found = await loadActivity(services.database.db, id);
  return presentActivity(
    found,
    mayManage(actor, found.row.organisationId, found.organisationKind),
    actor,
  );
}

export async function createActivity(
  services: Services,
  actor: Actor,
  body: CreateBody,
): Promise<Activity> {
  const now = services.clock().toISOString();
  return services.database.db.transaction(async (tx) => {
    const [organisation] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, body.organisationId));
    if (!organisation) throw new NotFoundError('Organisation');
    requireManage(actor, organisation.id, organisation.kind);
    const { organisationId, ...fields } = body;
    const [row] = await tx
      .insert(activities)
      .values({
        ...defined(fields),
        organisationId,
        title: body.title,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'activity.create',
        entityType: 'activity',
        entityId: row.id,
        after: row,
      },
      new Date(now),
    );
    return presentActivity(
      {
        row,
        organisationName: organisation.name,
        organisationKind: organisation.kind,
        organisationSensitive: organisation.sensitiveName,
      },
      true,
      actor,
    );
  });
}

/** Applies changes under the optimistic version, with the before/after in the audit trail. */
async function changeActivity(
  services: Services,
  actor: Actor,
  id: string,
  version: number,
  action: string,
  changes: (row: ActivityRow, now: string) => Partial<ActivityRow>,
  after?: (tx: Tx, now: string) => Promise<void>,
): Promise<Activity> {
  const now = services.clock().toISOString();
  return services.database.db.transaction(async (tx) => {
    const found = await loadActivity(tx, id, true);
    requireManage(actor, found.row.organisationId, found.organisationKind);
    if (found.row.version !== version) throw new StaleVersionError(version, found.row.version);
    const set = changes(found.row, now);
    const [row] = await tx
      .update(activities)
      .set({ ...set, version: version + 1, updatedAt: now })
      .where(eq(activities.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await after?.(tx, now);
    const before = Object.fromEntries(
      Object.keys(set).map((k) => [k, found.row[k as keyof ActivityRow]]),
    );
    await recordAudit(
      tx,
      { actorId: actor.staffId, action, entityType: 'activity', entityId: id, before, after: set },
      new Date(now),
    );
    return presentActivity({ ...found, row }, true, actor);
  });
}

export function updateActivity(
  services: Services,
  actor: Actor,
  id: string,
  body: UpdateBody,
): Promise<Activity> {
  const { version, ...changes } = body;
  return changeActivity(services, actor, id, version, 'activity.update', (row) => {
    if (row.archivedAt !== null)
      throw new RuleViolationError('activity.archived', 'This activity is archived.');
    return defined(changes);
  });
}

export function archiveActivity(
  services: Services,
  actor: Actor,
  id: string,
  version: number,
): Promise<Activity> {
  return changeActivity(
    services,
    actor,
    id,
    version,
    'activity.archive',
    (row, now) => {
      if (row.archivedAt !== null)
        throw new RuleViolationError('activity.archived', 'This activity is already archived.');
      return { archivedAt: now };
    },
    async (tx, now) => {
      // Its future sessions go with it: nobody can register on an activity that left the catalogue.
      await tx
        .update(activitySessions)
        .set({ cancelledAt: now, version: sql`${activitySessions.version} + 1` })
        .where(
          and(
            eq(activitySessions.activityId, id),
            isNull(activitySessions.cancelledAt),
            gt(activitySessions.startsAt, now),
          ),
        );
    },
  );
}
