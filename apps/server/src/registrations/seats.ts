import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { activitySessions } from '../db/schema.js';
import { sessionCancelled, sessionFull, sessionInPast } from './errors.js';
import { closedBecause } from './policy.js';
import type { SessionRow } from './sessions.js';

/** Refuses registrations (and their cancellation) on a cancelled session or one that has started. */
export function requireOpen(session: SessionRow, now: Date): void {
  const closed = closedBecause(session, now);
  if (closed === 'cancelled') throw sessionCancelled();
  if (closed === 'in_past') throw sessionInPast();
}

/**
 * Takes one seat with a single conditional UPDATE: PostgreSQL re-checks the condition on the row it
 * locks, so concurrent registrations on the last seats never overbook (no read-then-write race).
 */
export async function takeSeat(tx: Tx, session: SessionRow, now: Date): Promise<number> {
  const [row] = await tx
    .update(activitySessions)
    .set({ registeredCount: sql`${activitySessions.registeredCount} + 1` })
    .where(
      and(
        eq(activitySessions.id, session.id),
        isNull(activitySessions.cancelledAt),
        gt(activitySessions.startsAt, now.toISOString()),
        lt(activitySessions.registeredCount, activitySessions.capacity),
      ),
    )
    .returning({ registeredCount: activitySessions.registeredCount });
  if (!row) throw sessionFull();
  return row.registeredCount;
}

export async function freeSeat(tx: Tx, sessionId: string): Promise<number> {
  const [row] = await tx
    .update(activitySessions)
    .set({ registeredCount: sql`greatest(${activitySessions.registeredCount} - 1, 0)` })
    .where(eq(activitySessions.id, sessionId))
    .returning({ registeredCount: activitySessions.registeredCount });
  return row?.registeredCount ?? 0;
}
