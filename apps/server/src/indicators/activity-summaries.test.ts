import { addMonths } from '@territoires/contracts';
import { randomUUID } from 'node:crypto';
import { asc, eq, isNull, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievements, awards, awardShares } from '../badges/tables.js';
import type { Database, Db } from '../db/database.js';
import { activities, activitySessions, attendances, participants } from '../db/schema.js';
import { cloneTestDatabase } from '../test-support/database.js';
import { makeOrganisation, makeStaff } from '../test-support/factories.js';
import { addDays } from '../time/index.js';
import { queryAttendanceTable, queryBadgeTable } from './activity-figures.js';
import {
  ACTIVITY_GAP_MIN_SPAN,
  activitySummarised,
  summaryAttendanceTable,
  summaryBadgeTable,
} from './activity-summaries.js';
import {
  activityDrawArb,
  activityRowsOf,
  clearActivity,
  makeAchievements,
  writeActivity,
} from './test-support/activity-dataset.js';
import {
  indicatorActivityGapMonths,
  indicatorActivityDays,
  indicatorActivityGaps,
  indicatorActivityMonths,
  indicatorActivitySubjects,
  indicatorBadgeLinks,
} from './tables.js';
import { datasetArb, rowsOf, writeDataset } from './test-support/dataset.js';

/*
 * ADR 0030: the attendance and badge summaries are kept by triggers in the writing transaction.
 * After random writes of every kind the tables read from them equal the base tables' queries, and
 * the summaries hold exactly what a rebuild from scratch writes: no refresh was forgotten.
 */

let database: Database;
let organisationIds: string[];
let staffId: string;
let issuers: Map<string, string>;

beforeAll(async () => {
  database = await cloneTestDatabase();
  const first = await makeOrganisation(database.db, { kind: 'consortium_member' });
  const second = await makeOrganisation(database.db);
  organisationIds = [first.id, second.id];
  staffId = (await makeStaff(database.db, { organisationId: first.id })).staffId;
  issuers = await makeAchievements(database.db, organisationIds, staffId);
});
afterAll(() => database.close());

const WRITES = [
  'markStatus',
  'moveMark',
  'dropMark',
  'cancelSession',
  'shiftSession',
  'retheme',
  'reorganise',
  'accept',
  'unaccept',
  'shiftOffer',
  'reissue',
  'dropAward',
  'share',
  'revokeShare',
  'endorse',
  'decideEndorsement',
  'reissuer',
  'dropParticipant',
] as const;
const writeArb = fc.record({
  kind: fc.constantFrom(...WRITES),
  pick: fc.nat(),
  value: fc.integer({ min: -400, max: 400 }),
});
type Write = typeof writeArb extends fc.Arbitrary<infer T> ? T : never;

const pickOf = <T>(rows: T[], pick: number): T | undefined => rows[pick % Math.max(rows.length, 1)];
const shift = (at: string, days: number) =>
  new Date(Date.parse(at) + days * 86_400_000).toISOString();

async function attendanceWrite(tx: Db, { kind, pick, value }: Write): Promise<void> {
  const n = Math.abs(value);
  if (kind === 'markStatus' || kind === 'moveMark' || kind === 'dropMark') {
    const marks = await tx.select().from(attendances).orderBy(asc(attendances.id));
    const mark = pickOf(marks, pick);
    if (!mark) return;
    const at = eq(attendances.id, mark.id);
    const sessions = await tx.select({ id: activitySessions.id }).from(activitySessions);
    const other = pickOf(sessions, n)?.id;
    const taken = await tx
      .select({ id: attendances.id })
      .from(attendances)
      .where(
        sql`${attendances.sessionId} = ${other ?? null} and ${attendances.participantId} = ${mark.participantId}`,
      );
    if (kind === 'markStatus')
      await tx
        .update(attendances)
        .set({ status: (['present', 'late', 'absent', 'excused'] as const)[n % 4] })
        .where(at);
    if (kind === 'moveMark' && other && taken.length === 0)
      await tx.update(attendances).set({ sessionId: other }).where(at);
    if (kind === 'dropMark') await tx.delete(attendances).where(at);
    return;
  }
  if (kind === 'cancelSession' || kind === 'shiftSession') {
    const sessions = await tx.select().from(activitySessions).orderBy(asc(activitySessions.id));
    const session = pickOf(sessions, pick);
    if (!session) return;
    const at = eq(activitySessions.id, session.id);
    if (kind === 'cancelSession')
      await tx
        .update(activitySessions)
        .set({ cancelledAt: session.cancelledAt ? null : session.startsAt })
        .where(at);
    else
      await tx
        .update(activitySessions)
        .set({
          startsAt: shift(session.startsAt, value),
          endsAt: shift(session.endsAt, value),
        })
        .where(at);
    return;
  }
  const rows = await tx.select().from(activities).orderBy(asc(activities.id));
  const activity = pickOf(rows, pick);
  if (!activity) return;
  const at = eq(activities.id, activity.id);
  if (kind === 'retheme')
    await tx
      .update(activities)
      .set({ thematiques: [['numerique'], [], ['sante', 'mobilite']][n % 3] ?? [] })
      .where(at);
  else
    await tx
      .update(activities)
      .set({ organisationId: organisationIds[n % 2] })
      .where(at);
}

async function badgeWrite(tx: Db, { kind, pick, value }: Write): Promise<void> {
  const rows = await tx.select().from(awards).orderBy(asc(awards.id));
  const liveShares = await tx.select().from(awardShares).where(isNull(awardShares.revokedAt));
  // Links are written on the badges they count on (accepted first signatures), revocations on live ones.
  const candidates =
    kind === 'revokeShare'
      ? rows.filter((r) => liveShares.some((l) => l.awardId === r.id))
      : ['share', 'endorse', 'decideEndorsement'].includes(kind)
        ? rows.filter((r) => r.acceptedAt !== null && r.reissuedFromId === null)
        : rows;
  const award = pickOf(candidates, pick);
  if (kind === 'reissuer') {
    const badge = pickOf([...issuers.keys()], pick);
    if (badge)
      await tx
        .update(achievements)
        .set({ organisationId: organisationIds[Math.abs(value) % 2] })
        .where(eq(achievements.id, badge));
    return;
  }
  if (!award) return;
  const at = eq(awards.id, award.id);
  const shares = await tx.select().from(awardShares).where(eq(awardShares.awardId, award.id));
  const later = shift(award.acceptedAt ?? award.offeredAt, Math.abs(value) / 4);
  if (kind === 'accept')
    await tx.update(awards).set({ status: 'accepted', acceptedAt: later }).where(at);
  if (kind === 'unaccept')
    await tx.update(awards).set({ status: 'offered', acceptedAt: null }).where(at);
  if (kind === 'shiftOffer')
    await tx
      .update(awards)
      .set({ offeredAt: shift(award.offeredAt, value) })
      .where(at);
  if (kind === 'reissue')
    await tx
      .update(awards)
      .set({ reissuedFromId: award.reissuedFromId ? null : randomUUID() })
      .where(at);
  const live = shares.find((s) => s.revokedAt === null);
  // One live link per badge (award_shares_live_uq).
  if (kind === 'share' && !live)
    await tx
      .insert(awardShares)
      .values({ awardId: award.id, tokenHash: randomUUID(), createdAt: later });
  if (kind === 'revokeShare' && live)
    await tx
      .update(awardShares)
      .set({ revokedAt: shift(live.createdAt, Math.abs(value) / 4) })
      .where(eq(awardShares.id, live.id));
  // The endorsements' table is the badges domain's inside: written here in SQL, as the test's raw rows.
  if (kind === 'endorse')
    await tx.execute(
      sql`insert into endorsements (target_kind, target_id, comment, credential, status, decided_at) values ('award', ${award.id}::uuid, 'Bravo', '{}'::jsonb, 'accepted', ${later}::timestamptz)`,
    );
  if (kind === 'decideEndorsement')
    await tx.execute(
      sql`update endorsements set status = case status when 'accepted' then 'declined' else 'accepted' end, decided_at = ${later}::timestamptz where target_kind = 'award' and target_id = ${award.id}::uuid`,
    );
  if (kind === 'dropAward') {
    await tx.execute(sql`delete from endorsements where target_id = ${award.id}::uuid`);
    await tx.delete(awardShares).where(eq(awardShares.awardId, award.id));
    await tx.delete(awards).where(at);
  }
}

async function dropParticipant(tx: Db, { pick }: Write): Promise<void> {
  const people = await tx
    .select({ id: participants.id })
    .from(participants)
    .orderBy(participants.id);
  const id = pickOf(people, pick)?.id;
  if (!id) return;
  await tx.delete(attendances).where(eq(attendances.participantId, id));
  await tx.execute(
    sql`delete from endorsements where target_id in (select id from awards where participant_id = ${id}::uuid)`,
  );
  await tx.execute(
    sql`delete from award_shares where award_id in (select id from awards where participant_id = ${id}::uuid)`,
  );
  await tx.delete(awards).where(eq(awards.participantId, id));
  for (const table of ['timeline_events', 'exits', 'contracts', 'participant_profiles'])
    await tx.execute(sql`delete from ${sql.identifier(table)} where participant_id = ${id}::uuid`);
  await tx.delete(participants).where(eq(participants.id, id));
}

const apply = (tx: Db, write: Write) =>
  write.kind === 'dropParticipant'
    ? dropParticipant(tx, write)
    : WRITES.indexOf(write.kind) < WRITES.indexOf('accept')
      ? attendanceWrite(tx, write)
      : badgeWrite(tx, write);

/** The summaries' rows (the sums' rows that count something), in a stable order. */
async function summaryRows(db: Db) {
  const counting = sql.raw(
    'greatest(abs(presences), abs(presence_first), abs(presence_last), abs(offered), abs(offered_first), abs(offered_last), abs(accepted), abs(accepted_first), abs(accepted_last)) > 0',
  );
  const d = indicatorActivityDays;
  const m = indicatorActivityMonths;
  const g = indicatorActivityGaps;
  const l = indicatorBadgeLinks;
  const gm = indicatorActivityGapMonths;
  return {
    days: await db.select().from(d).where(counting).orderBy(d.dimension, d.key, d.day),
    months: await db.select().from(m).where(counting).orderBy(m.dimension, m.key, m.month),
    subjects: await db
      .select()
      .from(indicatorActivitySubjects)
      .orderBy(indicatorActivitySubjects.participantId),
    gaps: await db
      .select()
      .from(g)
      .orderBy(g.participantId, g.measure, g.dimension, g.key, g.after),
    links: await db.select().from(l).orderBy(l.awardId, l.kind, l.from, l.until),
    gapMonths: await db
      .select()
      .from(gm)
      .where(sql`${gm.n} <> 0`)
      .orderBy(gm.dimension, gm.afterMonth, gm.beforeMonth, gm.measure, gm.key),
  };
}

/** Periods the summaries answer: from 89 days long (ACTIVITY_GAP_MIN_SPAN) to four years, whole months or not. */
const longScopeArb = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 1300 }),
      fc.integer({ min: ACTIVITY_GAP_MIN_SPAN - 2, max: 1460 }),
    )
    .map(([start, length]) => {
      const from = addDays('2020-07-01', start);
      return { from, to: addDays(from, length) };
    }),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 3, max: 48 }))
    .map(([start, months]) => {
      const from = addMonths('2020-07-01', start);
      return { from, to: addDays(addMonths(from, months), -1) };
    }),
);

/** A period just inside a kept gap, ending or not with its months: picked by place among the gaps. */
const gapScopeArb = fc.record({
  pick: fc.nat(),
  after: fc.integer({ min: 1, max: 20 }),
  before: fc.integer({ min: 1, max: 20 }),
});

async function scopesInGaps(
  db: Db,
  drawn: (typeof gapScopeArb extends fc.Arbitrary<infer T> ? T : never)[],
) {
  const g = indicatorActivityGaps;
  const gaps = await db
    .select()
    .from(g)
    .orderBy(g.participantId, g.measure, g.dimension, g.key, g.after);
  return drawn.flatMap(({ pick, after, before }) => {
    const gap = pickOf(gaps, pick);
    if (!gap) return [];
    const from = addDays(gap.after, Math.min(after, 30));
    const to = addDays(gap.before, -Math.min(before, 30));
    // Long enough for the summaries (ADR 0030), else stretched: it then no longer fits the gap.
    return [
      {
        from,
        to:
          to >= addDays(from, ACTIVITY_GAP_MIN_SPAN - 2)
            ? to
            : addDays(from, ACTIVITY_GAP_MIN_SPAN - 2),
      },
    ];
  });
}

describe('activity summaries (ADR 0030)', () => {
  it('answer periods from 90 days, the programme as a whole only', () => {
    expect(activitySummarised({ from: '2024-01-01', to: '2024-03-29' })).toBe(false);
    expect(activitySummarised({ from: '2024-01-01', to: '2024-03-30' })).toBe(true);
    const organisationId = randomUUID();
    expect(activitySummarised({ from: '2024-01-01', to: '2024-12-31', organisationId })).toBe(
      false,
    );
  });

  it('count an award shared twice once, and a person with two awards of one issuer once', async () => {
    await clearActivity(database.db);
    const withPeople = datasetArb.filter(
      (s) => rowsOf(s, organisationIds, staffId).participants.length > 0,
    );
    const [stories] = fc.sample(withPeople, { seed: 32, numRuns: 1 });
    if (!stories) throw new Error('no dataset drawn');
    const data = rowsOf(stories, organisationIds, staffId);
    await writeDataset(database.db, data, staffId);
    // Badges 0 and 2 have one issuer (makeAchievements); both accepted, shared and endorsed.
    const twoBadges = [0, 2].map((achievement) => ({
      participant: 0,
      achievement,
      offered: 400 * 24 * 60,
      accepted: 60,
      reissue: false,
      share: { after: 60, revoked: null },
      endorsement: { status: 'accepted' as const, after: 60 },
    }));
    const draw = { activities: [], sessions: [], marks: [], awards: twoBadges };
    await writeActivity(database.db, activityRowsOf(draw, data, organisationIds, issuers), staffId);
    const [first] = await database.db.select({ id: awards.id }).from(awards).limit(1);
    await database.db.insert(awardShares).values({
      awardId: first?.id ?? '',
      tokenHash: randomUUID(),
      createdAt: '2021-12-01T10:00:00Z',
      // Revoked after the period's end: on its last day the award has two live links.
      revokedAt: '2023-06-01T10:00:00Z',
    });
    const scope = { from: '2021-01-01', to: '2022-12-31' };
    const badges = await summaryBadgeTable(database.db, scope);
    expect({ ...badges, rows: badges.rows.sort((a, b) => a.key.localeCompare(b.key)) }).toEqual(
      await queryBadgeTable(database.db, scope),
    );
    const issuer = badges.rows.find((r) => r.key === organisationIds[0]);
    expect(issuer?.cells).toMatchObject({
      counts: { shared: 2, endorsed: 2 },
      people: { shared: 1, endorsed: 1 },
    });
    expect(badges.total).toMatchObject({ counts: { shared: 2 }, people: { shared: 1 } });
  });

  it(
    'after random writes, in one transaction or several, equal the base tables and a rebuild',
    { timeout: 180_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          datasetArb,
          activityDrawArb,
          fc.array(fc.array(writeArb, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
          fc.array(longScopeArb, { minLength: 1, maxLength: 2 }),
          fc.array(gapScopeArb, { minLength: 1, maxLength: 2 }),
          async (stories, draw, transactions, drawnScopes, gapScopes) => {
            await clearActivity(database.db);
            const data = rowsOf(stories, organisationIds, staffId);
            await writeDataset(database.db, data, staffId);
            await writeActivity(
              database.db,
              activityRowsOf(draw, data, organisationIds, issuers),
              staffId,
            );
            for (const writes of transactions)
              await database.db.transaction(async (tx) => {
                for (const write of writes) await apply(tx, write);
              });
            const scopes = [...drawnScopes, ...(await scopesInGaps(database.db, gapScopes))];
            for (const scope of scopes) {
              for (const dimension of ['partner', 'thematique'] as const) {
                const summary = await summaryAttendanceTable(database.db, scope, dimension);
                const base = await queryAttendanceTable(database.db, scope, dimension);
                expect({
                  ...summary,
                  rows: summary.rows.sort((a, b) => a.key.localeCompare(b.key)),
                }).toEqual(base);
              }
              const badges = await summaryBadgeTable(database.db, scope);
              const base = await queryBadgeTable(database.db, scope);
              expect({
                ...badges,
                rows: badges.rows.sort((a, b) => a.key.localeCompare(b.key)),
              }).toEqual(base);
            }
            const kept = await summaryRows(database.db);
            await database.db.execute(sql`select indicator_activity_rebuild()`);
            expect(await summaryRows(database.db)).toEqual(kept);
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});
