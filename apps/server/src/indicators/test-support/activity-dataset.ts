import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { achievements, awards, awardShares } from '../../badges/tables.js';
import type { Db } from '../../db/database.js';
import { activities, activitySessions, attendances } from '../../db/schema.js';
import type { RawData } from './brute-force.js';
import type { RawActivityData, RawAward, RawMark } from './brute-force-activity.js';

/** Sessions, marks, awards, shares and endorsements over the participants of a dataset. */

const BASE = Date.parse('2020-09-25T00:00:00Z');
const MINUTE = 60_000;
const THEMATIQUES = ['numerique', 'mobilite', 'sante'];
// A day of the span at any minute, often late in the evening (Paris and UTC days differ).
const minuteArb = fc
  .tuple(
    fc.integer({ min: 0, max: 1100 }),
    fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1290, max: 1439 })),
  )
  .map(([day, minute]) => day * 24 * 60 + minute);
const laterArb = fc.oneof(
  fc.integer({ min: 0, max: 60 }),
  fc.integer({ min: 0, max: 60 * 24 * 90 }),
);

export const activityDrawArb = fc.record({
  activities: fc.array(
    fc.record({
      organisation: fc.integer({ min: 0, max: 1 }),
      thematiques: fc.subarray(THEMATIQUES),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  sessions: fc.array(fc.record({ activity: fc.nat(), start: minuteArb, cancelled: fc.boolean() }), {
    maxLength: 6,
  }),
  marks: fc.array(
    fc.record({
      participant: fc.nat(),
      session: fc.nat(),
      status: fc.constantFrom('present', 'late', 'absent', 'excused' as const),
    }),
    { maxLength: 30 },
  ),
  awards: fc.array(
    fc.record({
      participant: fc.nat(),
      achievement: fc.nat(),
      offered: minuteArb,
      accepted: fc.option(laterArb, { nil: null }),
      reissue: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
      share: fc.option(
        fc.record({ after: laterArb, revoked: fc.option(laterArb, { nil: null }) }),
        {
          nil: null,
        },
      ),
      endorsement: fc.option(
        fc.record({
          status: fc.constantFrom('pending', 'accepted', 'declined' as const),
          after: laterArb,
        }),
        { nil: null },
      ),
    }),
    { maxLength: 25 },
  ),
});
export type ActivityDraw = typeof activityDrawArb extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % items.length];
const at = (minute: number) => new Date(BASE + minute * MINUTE);
const plus = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE);

/** The draw as rows over these participants and achievements (one award per person and badge). */
export function activityRowsOf(
  draw: ActivityDraw,
  data: RawData,
  organisationIds: readonly string[],
  achievementIssuers: Map<string, string>,
): RawActivityData {
  const acts = draw.activities.map((a) => ({
    id: randomUUID(),
    organisationId: organisationIds[a.organisation] ?? '',
    thematiques: a.thematiques,
  }));
  const sessions = draw.sessions.map((s) => ({
    id: randomUUID(),
    activityId: pick(acts, s.activity)?.id ?? '',
    startsAt: at(s.start),
    cancelled: s.cancelled,
  }));
  const people = data.participants.map((p) => p.id);
  const marks = new Map<string, RawMark>();
  for (const m of draw.marks) {
    const participantId = pick(people, m.participant);
    const sessionId = pick(sessions, m.session)?.id;
    if (participantId && sessionId)
      marks.set(`${sessionId}/${participantId}`, { sessionId, participantId, status: m.status });
  }
  const badgeIds = [...achievementIssuers.keys()];
  const awardRows = new Map<string, RawAward>();
  for (const w of draw.awards) {
    const participantId = pick(people, w.participant);
    const achievementId = pick(badgeIds, w.achievement);
    if (!participantId || !achievementId) continue;
    const offeredAt = at(w.offered);
    const acceptedAt = w.accepted === null ? null : plus(offeredAt, w.accepted);
    const base = acceptedAt ?? offeredAt;
    awardRows.set(`${participantId}/${achievementId}`, {
      id: randomUUID(),
      participantId,
      achievementId,
      offeredAt,
      acceptedAt,
      reissue: w.reissue,
      share:
        acceptedAt && w.share
          ? {
              createdAt: plus(base, w.share.after),
              revokedAt:
                w.share.revoked === null ? null : plus(base, w.share.after + w.share.revoked),
            }
          : null,
      endorsement:
        acceptedAt && w.endorsement
          ? {
              status: w.endorsement.status,
              decidedAt:
                w.endorsement.status === 'pending' ? null : plus(base, w.endorsement.after),
            }
          : null,
    });
  }
  return {
    activities: acts,
    sessions,
    marks: [...marks.values()],
    issuerOf: achievementIssuers,
    awards: [...awardRows.values()],
  };
}

/** Empties the activity rows (before the participants go). */
export async function clearActivity(db: Db): Promise<void> {
  // The endorsements' table is the badges domain's inside: written here in SQL, as the test's raw rows.
  await db.execute(sql`delete from endorsements`);
  await db.delete(awardShares);
  await db.delete(awards);
  await db.delete(attendances);
  await db.delete(activitySessions);
  await db.delete(activities);
}

/** Writes the activity rows in bulk (after the participants). */
export async function writeActivity(db: Db, rows: RawActivityData, staffId: string): Promise<void> {
  if (rows.activities.length > 0)
    await db
      .insert(activities)
      .values(rows.activities.map((a) => ({ ...a, title: 'Atelier', thematiques: a.thematiques })));
  if (rows.sessions.length > 0)
    await db.insert(activitySessions).values(
      rows.sessions.map((s) => ({
        id: s.id,
        activityId: s.activityId,
        startsAt: s.startsAt.toISOString(),
        endsAt: plus(s.startsAt, 60).toISOString(),
        capacity: 10,
        cancelledAt: s.cancelled ? s.startsAt.toISOString() : null,
      })),
    );
  if (rows.marks.length > 0)
    await db.insert(attendances).values(
      rows.marks.map((m) => ({
        ...m,
        clientId: randomUUID(),
        method: 'roster',
        recordedById: staffId,
        recordedAt: new Date().toISOString(),
      })),
    );
  if (rows.awards.length === 0) return;
  await db.insert(awards).values(
    rows.awards.map((w) => ({
      id: w.id,
      achievementId: w.achievementId,
      participantId: w.participantId,
      status: w.acceptedAt ? ('accepted' as const) : ('offered' as const),
      offeredById: staffId,
      offeredAt: w.offeredAt.toISOString(),
      acceptedAt: w.acceptedAt?.toISOString() ?? null,
      reissuedFromId: w.reissue ? randomUUID() : null,
    })),
  );
  const shares = rows.awards.flatMap((w) =>
    w.share
      ? [
          {
            awardId: w.id,
            tokenHash: randomUUID(),
            createdAt: w.share.createdAt.toISOString(),
            revokedAt: w.share.revokedAt?.toISOString() ?? null,
          },
        ]
      : [],
  );
  if (shares.length > 0) await db.insert(awardShares).values(shares);
  const endorsed = rows.awards.flatMap((w) =>
    w.endorsement
      ? [
          sql`('award', ${w.id}::uuid, 'Bravo', '{}'::jsonb, ${w.endorsement.status}, ${
            w.endorsement.decidedAt?.toISOString() ?? null
          }::timestamptz)`,
        ]
      : [],
  );
  if (endorsed.length > 0)
    await db.execute(
      sql`insert into endorsements (target_kind, target_id, comment, credential, status, decided_at) values ${sql.join(endorsed, sql`, `)}`,
    );
}

/** Three badges: two of the first organisation, one of the second. */
export async function makeAchievements(
  db: Db,
  organisationIds: readonly string[],
  staffId: string,
): Promise<Map<string, string>> {
  const issuers = [organisationIds[0], organisationIds[1], organisationIds[0]];
  const rows = await db
    .insert(achievements)
    .values(
      issuers.map((organisationId, i) => ({
        organisationId: organisationId ?? '',
        name: `Badge ${i}`,
        description: 'Un badge',
        criteria: 'Venir',
        achievementType: 'Badge' as const,
        imageAlt: 'Badge',
        createdById: staffId,
      })),
    )
    .returning({ id: achievements.id, organisationId: achievements.organisationId });
  return new Map(rows.map((r) => [r.id, r.organisationId]));
}
