import type { AlertKind, ParticipantListQuery } from '@territoires/contracts';
import { ALERT_CONTRACT_ENDING_DAYS, ALERT_INACTIVE_DAYS, COUNT_CAP } from '@territoires/contracts';
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { followUpAssignments, participants, staff, timelineEvents } from '../db/schema.js';
import { NotFoundError, StaleVersionError } from '../errors/index.js';
import { plusDays, utcDay } from '../time/index.js';

type Executor = Db | Tx;

/** SQL for the two alerts, shared by the list filter, the list flags and the alerts page. */
export function alertConditions(now: Date): Record<AlertKind, SQL> {
  const today = utcDay(now);
  const inactiveSince = plusDays(now, -ALERT_INACTIVE_DAYS).toISOString();
  return {
    contract_ending: sql`(${participants.contractDeadlineOn} <= (${today}::date + ${ALERT_CONTRACT_ENDING_DAYS}::int))`,
    inactive: sql`(${participants.phase} <> 'exit' and ${participants.lastEventAt} < ${inactiveSince}::timestamptz)`,
  };
}

export interface ListFilters extends Omit<ParticipantListQuery, 'page' | 'pageSize'> {
  page: number;
  pageSize: number;
}

export async function listParticipants(
  db: Db,
  /** Who the actor sees (visibility-sql.ts); all of them at the file's level since ADR 12. */
  visible: SQL | undefined,
  filters: ListFilters,
  now: Date,
) {
  const alerts = alertConditions(now);
  const where = and(
    visible,
    filters.phase ? eq(participants.phase, filters.phase) : undefined,
    filters.referentId ? eq(participants.referentId, filters.referentId) : undefined,
    filters.territory ? eq(participants.territory, filters.territory) : undefined,
    filters.alert ? alerts[filters.alert] : undefined,
    filters.q
      ? sql`lower(${participants.pseudonym}) like ${`${escapeLike(filters.q.toLowerCase())}%`}`
      : undefined,
  );
  // The capped count rides along as an uncorrelated subquery (evaluated once): one round trip, which
  // matters on PGlite where every query is serialised on one thread.
  // Walking the list's own index order keeps the count on the same index as the page (a plain LIMIT
  // lets the planner pick a sequential scan that may read most of the table before 201 matches).
  const cappedCount = sql<number>`(select count(*)::int from (select 1 from ${participants} where ${where ?? sql`true`} order by ${participants.lastEventAt} desc, ${participants.id} desc limit ${COUNT_CAP + 1}) as capped)`;
  const rows = await db
    .select({
      id: participants.id,
      pseudonym: participants.pseudonym,
      phase: participants.phase,
      territory: participants.territory,
      version: participants.version,
      lastEventAt: participants.lastEventAt,
      referentId: participants.referentId,
      referentName: staff.displayName,
      contractEnding: sql<boolean>`${alerts.contract_ending}`,
      inactive: sql<boolean>`${alerts.inactive}`,
      total: cappedCount,
    })
    .from(participants)
    .leftJoin(staff, eq(staff.id, participants.referentId))
    .where(where)
    .orderBy(desc(participants.lastEventAt), desc(participants.id))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const total =
    rows[0]?.total ??
    (filters.page === 1
      ? 0
      : ((await db.select({ total: cappedCount }).from(sql`(select 1) as one`))[0]?.total ?? 0));
  return { rows, total: Math.min(total, COUNT_CAP), totalCapped: total > COUNT_CAP };
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function findParticipant(db: Executor, id: string) {
  const rows = await db.select().from(participants).where(eq(participants.id, id)).limit(1);
  const row = rows[0];
  if (!row) throw new NotFoundError('Participant');
  return row;
}

export async function accessFacts(db: Executor, id: string, organisationId: string) {
  const team = await db
    .select({ staffId: followUpAssignments.staffId })
    .from(followUpAssignments)
    .where(and(eq(followUpAssignments.participantId, id), isNull(followUpAssignments.endOn)));
  return { organisationId, teamStaffIds: team.map((t) => t.staffId) };
}

/**
 * Optimistic concurrency: the write goes through only if nobody changed the file since the client
 * read `expected`. The row lock taken here also serialises concurrent writers on one participant.
 * (The sign of life, lastEventAt, is the event's: see events.ts.)
 */
export async function bumpVersion(
  tx: Tx,
  id: string,
  expected: number,
  changes: Partial<typeof participants.$inferInsert> = {},
): Promise<number> {
  const updated = await tx
    .update(participants)
    .set({ ...changes, version: sql`${participants.version} + 1` })
    .where(and(eq(participants.id, id), eq(participants.version, expected)))
    .returning({ version: participants.version });
  if (updated[0]) return updated[0].version;
  const current = await findParticipant(tx, id);
  throw new StaleVersionError(expected, current.version);
}

export async function timelineOf(db: Db, participantId: string) {
  return db
    .select({
      id: timelineEvents.id,
      at: timelineEvents.at,
      kind: timelineEvents.kind,
      actorDisplayName: staff.displayName,
      data: timelineEvents.data,
    })
    .from(timelineEvents)
    .leftJoin(staff, eq(staff.id, timelineEvents.actorId))
    .where(eq(timelineEvents.participantId, participantId))
    .orderBy(desc(timelineEvents.at), desc(timelineEvents.seq));
}
