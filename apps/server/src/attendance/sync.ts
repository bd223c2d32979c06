import type { Scan, ScanResult, SyncBody } from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { recordAudits } from '../audit/record.js';
import type { Tx } from '../db/database.js';
import { activityRegistrations, attendances } from '../db/schema.js';
import { recordParticipantEvents } from '../participants/index.js';
import type { SessionRow } from '../registrations/index.js';
import type { Services } from '../services.js';
import { came, withinMarkingWindow } from './policy.js';
import { loadBatch, normalisedCode, type Code, type Loaded } from './sync-load.js';

interface Person {
  participantId: string | null;
  registrationId: string | null;
  name: string;
}

interface Pending {
  scan: Scan;
  session: SessionRow;
  person: Person;
  walkIn: boolean;
  recordedAt: Date;
}

const failed = (clientId: string, code: Code): ScanResult => ({
  clientId,
  status: 'error',
  code,
  name: null,
  walkIn: false,
});

/** Who a scan designates: a roster line of this session, or a card (valid, unknown or revoked). */
function resolve(loaded: Loaded, scan: Scan): Person | Code {
  if (scan.registrationId !== undefined) {
    const line = loaded.lines.get(scan.registrationId);
    if (!line || line.sessionId !== scan.sessionId) return 'registration.not_found';
    return {
      participantId: line.participantId,
      registrationId: scan.registrationId,
      name: line.name,
    };
  }
  const code = normalisedCode(scan.cardCode);
  const card = code === null ? undefined : loaded.cards.get(code);
  if (!card) return 'card.unknown';
  if (card.revoked) return 'card.revoked';
  return {
    participantId: card.participantId,
    registrationId: loaded.registered.get(`${scan.sessionId}:${card.participantId}`) ?? null,
    name: card.pseudonym,
  };
}

const presenceKeys = (sessionId: string, person: Person): string[] => [
  ...(person.participantId ? [`${sessionId}:p:${person.participantId}`] : []),
  ...(person.registrationId ? [`${sessionId}:r:${person.registrationId}`] : []),
];

/** Decides every scan in memory: replay, error, duplicate, or to be recorded. */
function plan(loaded: Loaded, scans: Scan[], now: Date) {
  const results = new Map<string, ScanResult>(loaded.replays);
  const pending: Pending[] = [];
  for (const scan of scans) {
    if (results.has(scan.clientId)) continue;
    const session = loaded.sessions.get(scan.sessionId) ?? 'resource.not_found';
    if (typeof session === 'string') results.set(scan.clientId, failed(scan.clientId, session));
    else if (session.cancelledAt !== null)
      results.set(scan.clientId, failed(scan.clientId, 'session.cancelled'));
    else {
      const person = resolve(loaded, scan);
      if (typeof person === 'string') {
        results.set(scan.clientId, failed(scan.clientId, person));
        continue;
      }
      const recordedAt = new Date(Math.min(new Date(scan.recordedAt).getTime(), now.getTime()));
      if (!withinMarkingWindow(session, recordedAt)) {
        results.set(scan.clientId, failed(scan.clientId, 'attendance.outside_window'));
        continue;
      }
      const keys = presenceKeys(session.id, person);
      const walkIn = person.participantId !== null && person.registrationId === null;
      if (keys.some((key) => loaded.present.has(key))) {
        results.set(scan.clientId, {
          clientId: scan.clientId,
          status: 'duplicate',
          code: null,
          name: person.name,
          walkIn,
        });
        continue;
      }
      for (const key of keys) loaded.present.add(key);
      pending.push({ scan, session, person, walkIn, recordedAt });
      results.set(scan.clientId, {
        clientId: scan.clientId,
        status: 'ok',
        code: null,
        name: person.name,
        walkIn,
      });
    }
  }
  return { results, pending };
}

/**
 * Records a phone's queue of scans in one transaction. Each scan gets its own answer, so one bad
 * card does not sink the others; a scan already recorded under its client id answers as it did the
 * first time, so replaying a queue records nothing twice. Reads and writes go in bulk: 200 scans
 * cost a dozen queries, not a thousand.
 *
 * Walk-ins: a valid card for someone not registered is recorded (they are in the room; the seat
 * count is left alone) and the partner then sees them by pseudonym, as after a registration.
 */
export async function syncAttendance(
  services: Services,
  actor: Actor,
  body: SyncBody,
): Promise<{ results: ScanResult[] }> {
  const now = services.clock();
  return services.database.db.transaction(async (tx) => {
    const loaded = await loadBatch(tx, actor, body.scans);
    const { results, pending } = plan(loaded, body.scans, now);
    if (pending.length > 0) {
      const inserted = await tx
        .insert(attendances)
        .values(
          pending.map(({ scan, session, person, recordedAt }) => ({
            sessionId: session.id,
            participantId: person.participantId,
            registrationId: person.registrationId,
            clientId: scan.clientId,
            method: scan.cardCode !== undefined ? 'card' : 'roster',
            recordedById: actor.staffId,
            recordedAt: recordedAt.toISOString(),
            syncedAt: now.toISOString(),
            status: scan.status ?? 'present',
          })),
        )
        // Another phone recorded the same person meanwhile: the unique indexes keep one row.
        .onConflictDoNothing()
        .returning({ id: attendances.id, clientId: attendances.clientId });
      const ids = new Map(inserted.map((row) => [row.clientId, row.id]));
      const recorded = pending.filter((p) => ids.has(p.scan.clientId));
      for (const p of pending)
        if (!ids.has(p.scan.clientId)) {
          const result = results.get(p.scan.clientId);
          if (result) result.status = 'duplicate';
        }
      await writeConsequences(tx, actor, recorded, ids, now);
    }
    return {
      results: body.scans.map(
        (scan) => results.get(scan.clientId) ?? failed(scan.clientId, 'resource.not_found'),
      ),
    };
  });
}

const audited = (p: Pending, ids: Map<string, string>) => ({
  action: 'attendance.record',
  entityType: 'attendance',
  entityId: ids.get(p.scan.clientId) ?? '',
  after: {
    sessionId: p.session.id,
    method: p.scan.cardCode !== undefined ? 'card' : 'roster',
    walkIn: p.walkIn,
    status: p.scan.status ?? 'present',
  },
});

/** The walk-in's activity registration, then the events (sign of life, timeline, audit): in bulk. */
async function writeConsequences(
  tx: Tx,
  actor: Actor,
  recorded: Pending[],
  ids: Map<string, string>,
  now: Date,
) {
  const walkIns = recorded.filter((p) => p.walkIn && p.person.participantId !== null);
  if (walkIns.length > 0)
    await tx
      .insert(activityRegistrations)
      .values(
        walkIns.map((p) => ({
          activityId: p.session.activityId,
          participantId: p.person.participantId ?? '',
        })),
      )
      .onConflictDoNothing();
  const events = recorded.flatMap((p) =>
    p.person.participantId === null || !came(p.scan.status ?? 'present')
      ? []
      : [
          {
            participantId: p.person.participantId,
            actorId: actor.staffId,
            kind: 'session_attended' as const,
            // On the timeline when the person was there, even if the phone synced later.
            at: p.recordedAt,
            data: {
              sessionId: p.session.id,
              attendanceId: ids.get(p.scan.clientId),
              activityTitle: p.session.activityTitle,
              startsAt: new Date(p.session.startsAt).toISOString(),
              walkIn: p.walkIn,
            },
            audit: audited(p, ids),
          },
        ],
  );
  await recordParticipantEvents(tx, events, now);
  // Guests have no timeline, and an absence is no sign of life: those marks are audited only.
  const guests = recorded.filter(
    (p) => p.person.participantId === null || !came(p.scan.status ?? 'present'),
  );
  await recordAudits(
    tx,
    guests.map((p) => ({ actorId: actor.staffId, ...audited(p, ids) })),
    now,
  );
}
