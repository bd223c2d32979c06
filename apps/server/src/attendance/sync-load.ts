import { cardCodeSchema, type Scan, type ScanResult } from '@territoires/contracts';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Tx } from '../db/database.js';
import {
  activities,
  activitySessions,
  attendances,
  participantCards,
  participants,
  sessionRegistrations,
} from '../db/schema.js';
import { sessionsQuery, type SessionRow } from '../registrations/index.js';
import { mayTakeAttendance } from './policy.js';

export type Code = NonNullable<ScanResult['code']>;

/** Everything a batch of scans refers to, read in a handful of queries rather than a few per scan. */
export interface Loaded {
  sessions: Map<string, SessionRow | Code>;
  /** Live registrations named by roster scans. */
  lines: Map<string, { sessionId: string; participantId: string | null; name: string }>;
  /** Cards by normalised code. */
  cards: Map<string, { participantId: string; revoked: boolean; pseudonym: string }>;
  /** `${sessionId}:${participantId}` → live registration id, for card scans. */
  registered: Map<string, string>;
  /** Who is already present: `${sessionId}:p:${participantId}` and `${sessionId}:r:${registrationId}`. */
  present: Set<string>;
  /** Replays: attendance already recorded under a client id. */
  replays: Map<string, ScanResult>;
}

export const normalisedCode = (raw: string | undefined): string | null => {
  const parsed = cardCodeSchema.safeParse(raw ?? '');
  return parsed.success ? parsed.data : null;
};

const unique = <T>(values: (T | null | undefined)[]): T[] => [
  ...new Set(values.filter((v): v is T => v !== null && v !== undefined)),
];

async function loadSessions(tx: Tx, actor: Actor, sessionIds: string[]) {
  const rows = await sessionsQuery(tx).where(inArray(activitySessions.id, sessionIds));
  const sessions = new Map<string, SessionRow | Code>(
    sessionIds.map((id) => [id, 'resource.not_found']),
  );
  for (const row of rows)
    sessions.set(row.id, mayTakeAttendance(actor, row.organisationId) ? row : 'auth.forbidden');
  return sessions;
}

async function loadLines(tx: Tx, lineIds: string[]): Promise<Loaded['lines']> {
  const rows =
    lineIds.length === 0
      ? []
      : await tx
          .select({
            id: sessionRegistrations.id,
            sessionId: sessionRegistrations.sessionId,
            participantId: sessionRegistrations.participantId,
            guestName: sessionRegistrations.guestName,
            pseudonym: participants.pseudonym,
          })
          .from(sessionRegistrations)
          .leftJoin(participants, eq(participants.id, sessionRegistrations.participantId))
          .where(
            and(
              inArray(sessionRegistrations.id, lineIds),
              isNull(sessionRegistrations.cancelledAt),
            ),
          );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        sessionId: r.sessionId,
        participantId: r.participantId,
        name: r.pseudonym ?? r.guestName ?? '',
      },
    ]),
  );
}

async function loadCards(tx: Tx, codes: string[]): Promise<Loaded['cards']> {
  const rows =
    codes.length === 0
      ? []
      : await tx
          .select({
            code: participantCards.code,
            participantId: participantCards.participantId,
            revokedAt: participantCards.revokedAt,
            pseudonym: participants.pseudonym,
          })
          .from(participantCards)
          .innerJoin(participants, eq(participants.id, participantCards.participantId))
          .where(inArray(participantCards.code, codes));
  return new Map(
    rows.map((c) => [
      c.code,
      { participantId: c.participantId, revoked: c.revokedAt !== null, pseudonym: c.pseudonym },
    ]),
  );
}

async function loadRegistered(
  tx: Tx,
  sessionIds: string[],
  holders: string[],
): Promise<Loaded['registered']> {
  const rows =
    holders.length === 0
      ? []
      : await tx
          .select({
            id: sessionRegistrations.id,
            sessionId: sessionRegistrations.sessionId,
            participantId: sessionRegistrations.participantId,
          })
          .from(sessionRegistrations)
          .where(
            and(
              inArray(sessionRegistrations.sessionId, sessionIds),
              inArray(sessionRegistrations.participantId, holders),
              isNull(sessionRegistrations.cancelledAt),
            ),
          );
  return new Map(rows.map((r) => [`${r.sessionId}:${r.participantId ?? ''}`, r.id]));
}

async function loadPresent(tx: Tx, sessionIds: string[]): Promise<Loaded['present']> {
  const rows = await tx
    .select({
      sessionId: attendances.sessionId,
      participantId: attendances.participantId,
      registrationId: attendances.registrationId,
    })
    .from(attendances)
    .where(inArray(attendances.sessionId, sessionIds));
  const present = new Set<string>();
  for (const r of rows) {
    if (r.participantId) present.add(`${r.sessionId}:p:${r.participantId}`);
    if (r.registrationId) present.add(`${r.sessionId}:r:${r.registrationId}`);
  }
  return present;
}

/**
 * A scan already recorded under its client id answers as it did the first time, but only to staff
 * who may take attendance at that session: a client id is no key to someone else's roster (ADR 12).
 */
async function loadReplays(tx: Tx, actor: Actor, clientIds: string[]): Promise<Loaded['replays']> {
  const rows = await tx
    .select({
      clientId: attendances.clientId,
      organisationId: activities.organisationId,
      registrationId: attendances.registrationId,
      participantId: attendances.participantId,
      pseudonym: participants.pseudonym,
      guestName: sessionRegistrations.guestName,
    })
    .from(attendances)
    .leftJoin(participants, eq(participants.id, attendances.participantId))
    .leftJoin(sessionRegistrations, eq(sessionRegistrations.id, attendances.registrationId))
    .innerJoin(activitySessions, eq(activitySessions.id, attendances.sessionId))
    .innerJoin(activities, eq(activities.id, activitySessions.activityId))
    .where(inArray(attendances.clientId, clientIds));
  return new Map<string, ScanResult>(
    rows.map((r): [string, ScanResult] =>
      mayTakeAttendance(actor, r.organisationId)
        ? [
            r.clientId,
            {
              clientId: r.clientId,
              status: 'ok',
              code: null,
              name: r.pseudonym ?? r.guestName ?? '',
              walkIn: r.participantId !== null && r.registrationId === null,
            },
          ]
        : [
            r.clientId,
            {
              clientId: r.clientId,
              status: 'error',
              code: 'resource.not_found',
              name: null,
              walkIn: false,
            },
          ],
    ),
  );
}

export async function loadBatch(tx: Tx, actor: Actor, scans: Scan[]): Promise<Loaded> {
  const sessionIds = unique(scans.map((s) => s.sessionId));
  const sessions = await loadSessions(tx, actor, sessionIds);
  const lines = await loadLines(tx, unique(scans.map((s) => s.registrationId)));
  const cards = await loadCards(
    tx,
    unique(scans.map((s) => (s.cardCode === undefined ? null : normalisedCode(s.cardCode)))),
  );
  const holders = unique([...cards.values()].map((c) => c.participantId));
  const registered = await loadRegistered(tx, sessionIds, holders);
  const present = await loadPresent(tx, sessionIds);
  const replays = await loadReplays(tx, actor, unique(scans.map((s) => s.clientId)));
  return { sessions, lines, cards, registered, present, replays };
}
