import type { ParticipantDetail, TimelineEventKind } from '@territoires/contracts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import { StaleVersionError } from '../errors/index.js';
import type { Services } from '../services.js';
import { detailFor, participantFor } from './access.js';
import { requireEdit, type AccessLevel } from './policy.js';
import { recordParticipantEvent } from './events.js';
import { bumpVersion } from './repository.js';
import { participants } from '../db/schema.js';

export interface WriteOutcome {
  /** Columns of the participant row that change with this write. */
  changes?: Partial<typeof participants.$inferInsert>;
  event: { kind: TimelineEventKind; data?: Record<string, unknown> };
  audit: {
    action: string;
    entityType?: string;
    entityId?: string;
    before?: unknown;
    after?: unknown;
  };
}

export interface WriteContext {
  tx: Tx;
  row: typeof participants.$inferSelect;
  level: AccessLevel;
  now: Date;
}

/**
 * Every change to a participant's file goes through here, in one transaction: access check, the
 * version check (409 on a stale read), the change itself, the timeline event and the audit event.
 */
export async function writeParticipant(
  services: Services,
  actor: Actor,
  id: string,
  expectedVersion: number,
  change: (ctx: WriteContext) => Promise<WriteOutcome>,
): Promise<ParticipantDetail> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    // Row lock first: concurrent writers queue here and then read the winner's version, so the
    // loser gets its 409 before its change touches other tables (e.g. a second contract number 1).
    await tx
      .select({ id: participants.id })
      .from(participants)
      .where(eq(participants.id, id))
      .for('update');
    const { row, level } = await participantFor(tx, actor, id);
    requireEdit(level);
    if (row.version !== expectedVersion) throw new StaleVersionError(expectedVersion, row.version);
    const outcome = await change({ tx, row, level, now });
    await bumpVersion(tx, id, expectedVersion, outcome.changes);
    await recordParticipantEvent(
      tx,
      {
        participantId: id,
        actorId: actor.staffId,
        kind: outcome.event.kind,
        data: outcome.event.data ?? {},
        audit: {
          action: outcome.audit.action,
          entityType: outcome.audit.entityType ?? 'participant',
          entityId: outcome.audit.entityId ?? id,
          before: outcome.audit.before,
          after: outcome.audit.after,
        },
      },
      now,
    );
    return detailFor(tx, id, level, now);
  });
}
