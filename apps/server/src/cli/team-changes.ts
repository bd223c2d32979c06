import { dateSchema } from '@territoires/contracts';
import { and, asc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/database.js';
import {
  auditEvents,
  followUpAssignments,
  memberships,
  participants,
  staff,
} from '../db/schema.js';
import { parisDay, parisToUtc } from '../time/index.js';
import { CliError } from './errors.js';

/*
 * `territoires audit team-changes --since DATE`: every team change (audit action participant.team)
 * made by someone who was, at that moment, neither on the participant's team nor coordination, so
 * that memberships gained through the hole closed by ADR 0012 can be reviewed and removed.
 *
 * "On the team at that moment" is rebuilt from the audit log, in the order of its ids: an
 * assignment counts from the audit event that created it (a team change's `after.id`, an accepted
 * transfer's `after.team[].id`; assignments no audit event created date from the file's creation)
 * until the one that ended it (`before[].id`, `before.team[].id`). Memberships have no history:
 * coordination is read as it is today.
 */

export interface SuspectTeamChange {
  auditId: number;
  at: string;
  participantId: string;
  pseudonym: string | null;
  actorId: string;
  actorName: string | null;
  actorEmail: string | null;
  role: string | null;
  staffId: string | null;
  staffName: string | null;
  /** The actor put themself on the team. */
  selfAssigned: boolean;
  /** The assignment this change made is still open: the membership to review. */
  stillOpen: boolean;
}

/** Reads --since; a bad value is the user's mistake (exit 2), caught before the database opens. */
export function parseSince(value: string): string {
  const parsed = dateSchema.safeParse(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parsed.success)
    throw new CliError(`--since expects a date as YYYY-MM-DD (got "${value}").`, 2);
  return parsed.data;
}

interface HistoryEvent {
  id: number;
  action: string;
  before: unknown;
  after: unknown;
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).flatMap((item) => {
    const id = record(item).id;
    return typeof id === 'string' ? [id] : [];
  });

/** Which audit event created and which ended each assignment (by audit id). */
export function assignmentSpans(history: readonly HistoryEvent[]) {
  const startedBy = new Map<string, number>();
  const endedBy = new Map<string, number>();
  for (const event of history) {
    const before = event.action === 'participant.team' ? event.before : record(event.before).team;
    const after = record(event.after);
    const created = event.action === 'participant.team' ? ids([after]) : ids(after.team);
    for (const id of created) startedBy.set(id, event.id);
    for (const id of ids(before)) if (!endedBy.has(id)) endedBy.set(id, event.id);
  }
  return { startedBy, endedBy };
}

/** Whether the actor held an assignment on the file just before the change `eventId`. */
export function wasOnTeam(
  change: { id: number; actorId: string; createdId: string | null },
  assignments: readonly { id: string; staffId: string }[],
  spans: ReturnType<typeof assignmentSpans>,
): boolean {
  return assignments.some((a) => {
    if (a.staffId !== change.actorId || a.id === change.createdId) return false;
    const started = spans.startedBy.get(a.id) ?? 0;
    const ended = spans.endedBy.get(a.id) ?? Number.POSITIVE_INFINITY;
    // Ended by this very change (the actor handed over their own role): they were on the team.
    return started < change.id && ended >= change.id;
  });
}

async function changesSince(database: Database, since: string) {
  const assigned = alias(staff, 'assigned');
  return database.db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      participantId: auditEvents.entityId,
      actorId: auditEvents.actorId,
      after: auditEvents.after,
      pseudonym: participants.pseudonym,
      actorName: staff.displayName,
      actorEmail: staff.email,
      staffName: assigned.displayName,
    })
    .from(auditEvents)
    .leftJoin(participants, sql`${participants.id}::text = ${auditEvents.entityId}`)
    .leftJoin(staff, eq(staff.id, auditEvents.actorId))
    .leftJoin(assigned, sql`${assigned.id}::text = ${auditEvents.after}->>'staffId'`)
    .where(
      and(
        eq(auditEvents.action, 'participant.team'),
        gte(auditEvents.at, parisToUtc(since, '00:00').toISOString()),
      ),
    )
    .orderBy(asc(auditEvents.id));
}

/** Every team-related audit event and assignment of these participants, whenever it happened. */
async function historyOf(database: Database, participantIds: string[]) {
  const { db } = database;
  const history = await db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .where(
      or(
        and(
          eq(auditEvents.action, 'participant.team'),
          inArray(auditEvents.entityId, participantIds),
        ),
        and(
          eq(auditEvents.action, 'transfer.accept'),
          inArray(sql<string>`${auditEvents.after}->>'participantId'`, participantIds),
        ),
      ),
    )
    .orderBy(asc(auditEvents.id));
  const assignments = await db
    .select({
      id: followUpAssignments.id,
      participantId: followUpAssignments.participantId,
      staffId: followUpAssignments.staffId,
      endOn: followUpAssignments.endOn,
    })
    .from(followUpAssignments)
    .where(inArray(followUpAssignments.participantId, participantIds));
  return { history, assignments };
}

/** The team changes since `since` (a Paris calendar day) made from outside the team and coordination. */
export async function suspectTeamChanges(
  database: Database,
  since: string,
): Promise<SuspectTeamChange[]> {
  const changes = (await changesSince(database, since)).filter(
    (c): c is typeof c & { actorId: string } => c.actorId !== null,
  );
  if (changes.length === 0) return [];
  const { history, assignments } = await historyOf(database, [
    ...new Set(changes.map((c) => c.participantId)),
  ]);
  const spans = assignmentSpans(history);
  const coordination = new Set(
    (
      await database.db
        .select({ staffId: memberships.staffId })
        .from(memberships)
        .where(eq(memberships.role, 'coordination'))
    ).map((m) => m.staffId),
  );
  return changes.flatMap((c) => {
    const after = record(c.after);
    const createdId = typeof after.id === 'string' ? after.id : null;
    const ofFile = assignments.filter((a) => a.participantId === c.participantId);
    if (
      coordination.has(c.actorId) ||
      wasOnTeam({ id: c.id, actorId: c.actorId, createdId }, ofFile, spans)
    )
      return [];
    const staffId = typeof after.staffId === 'string' ? after.staffId : null;
    return [
      {
        auditId: c.id,
        at: new Date(c.at).toISOString(),
        participantId: c.participantId,
        pseudonym: c.pseudonym,
        actorId: c.actorId,
        actorName: c.actorName,
        actorEmail: c.actorEmail,
        role: typeof after.role === 'string' ? after.role : null,
        staffId,
        staffName: c.staffName,
        selfAssigned: staffId === c.actorId,
        stillOpen: ofFile.some((a) => a.id === createdId && a.endOn === null),
      },
    ];
  });
}

/** The human report: one line per change, then what to do. */
export function teamChangeLines(changes: readonly SuspectTeamChange[], since: string): string[] {
  if (changes.length === 0)
    return [`No team change since ${since} by someone outside the team or coordination.`];
  return [
    `${changes.length} team change(s) since ${since} by someone outside the team or coordination:`,
    ...changes.map(
      (c) =>
        `- ${parisDay(new Date(c.at))} audit #${c.auditId}: ${c.actorName ?? c.actorId} <${c.actorEmail ?? '?'}> ` +
        `put ${c.selfAssigned ? 'themself' : (c.staffName ?? c.staffId ?? '?')} as ${c.role ?? '?'} ` +
        `on ${c.pseudonym ?? '?'} (${c.participantId})${c.stillOpen ? ', still on the team' : ', since ended'}`,
    ),
    'Review each membership still on the team with the file’s team or coordination, and end it if it was not agreed.',
  ];
}
