import { addMonths, EXIT_CATEGORIES, INDICATOR_DIMENSIONS } from '@territoires/contracts';
import { type AnyColumn, eq, getTableColumns, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../db/database.js';
import {
  contracts,
  exits,
  participantProfiles,
  participants,
  timelineEvents,
} from '../db/schema.js';
import { cloneTestDatabase } from '../test-support/database.js';
import { makeOrganisation, makeStaff } from '../test-support/factories.js';
import { addDays } from '../time/index.js';
import { figuresBy, queryFiguresBy } from './figures.js';
import { MEASURES, monthBlocks, splitRange, type Measure } from './summaries.js';
import { medianOf } from './summary-medians.js';
import {
  indicatorDays,
  indicatorDurationDays,
  indicatorDurationSpreads,
  indicatorDurationYears,
  indicatorDurationMonthBlocks,
  indicatorGapMonths,
  indicatorGaps,
  indicatorMonthBlocks,
  indicatorMonths,
  indicatorSubjects,
  indicatorYears,
} from './tables.js';
import {
  DATASET_TERRITORIES,
  datasetArb,
  rowsOf,
  scopeArb,
  writeDataset,
} from './test-support/dataset.js';

/*
 * ADR 0029: the summary tables are kept by triggers in the writing transaction. After random writes
 * of every kind the figures read from them equal the definitions' queries on the base tables, and
 * the tables hold exactly what a rebuild from scratch writes: no refresh was forgotten.
 */

let database: Database;
let organisationIds: string[];
let staffIds: string[];

beforeAll(async () => {
  database = await cloneTestDatabase();
  const first = await makeOrganisation(database.db, { kind: 'consortium_member' });
  const second = await makeOrganisation(database.db);
  organisationIds = [first.id, second.id];
  staffIds = [
    (await makeStaff(database.db, { organisationId: first.id })).staffId,
    (await makeStaff(database.db, { organisationId: second.id })).staffId,
  ];
});
afterAll(() => database.close());

/** One write to the base tables, on the participant, contract or exit picked by the numbers. */
const writeArb = fc.record({
  kind: fc.constantFrom(
    'territory',
    'organisation',
    'referent',
    'profile',
    'dropProfile',
    'shiftContract',
    'dropContract',
    'exitCategory',
    'shiftExit',
    'dropExit',
    'dropParticipant',
    'reachDiscovery',
    'dropEvent',
  ),
  pick: fc.nat(),
  value: fc.integer({ min: -400, max: 400 }),
});
type Write = typeof writeArb extends fc.Arbitrary<infer T> ? T : never;

const pickOf = <T>(rows: T[], pick: number): T | undefined => rows[pick % Math.max(rows.length, 1)];

async function participantWrite(tx: Db, write: Write): Promise<void> {
  const people = await tx
    .select({ id: participants.id })
    .from(participants)
    .orderBy(participants.id);
  const id = pickOf(people, write.pick)?.id;
  if (!id) return;
  const at = eq(participants.id, id);
  const n = Math.abs(write.value);
  if (write.kind === 'territory')
    await tx
      .update(participants)
      .set({ territory: DATASET_TERRITORIES[n % 3] })
      .where(at);
  if (write.kind === 'organisation')
    await tx
      .update(participants)
      .set({ organisationId: organisationIds[n % 2] })
      .where(at);
  if (write.kind === 'referent')
    await tx
      .update(participants)
      .set({ referentId: n % 3 === 2 ? null : staffIds[n % 3] })
      .where(at);
  if (write.kind === 'profile') {
    const profile = {
      sex: n % 2 ? 'female' : null,
      rsa: n % 3 === 0,
      qualificationLevel: n % 2 ? 'infra_3' : 'level_4',
    };
    await tx
      .insert(participantProfiles)
      .values({
        participantId: id,
        ...profile,
        consentRecordedAt: '2021-01-01T00:00:00Z',
        consentRecordedBy: staffIds[0] ?? '',
      })
      .onConflictDoUpdate({ target: participantProfiles.participantId, set: profile });
  }
  if (write.kind === 'dropProfile')
    await tx.delete(participantProfiles).where(eq(participantProfiles.participantId, id));
  if (write.kind === 'reachDiscovery')
    await tx.insert(timelineEvents).values({
      participantId: id,
      kind: 'phase_changed',
      at: new Date(Date.parse('2022-01-01T23:30:00Z') + write.value * 86_400_000).toISOString(),
      data: { from: 'contact', to: n % 2 ? 'discovery' : 'engaged' },
    });
  if (write.kind === 'dropEvent') {
    const events = await tx
      .select({ id: timelineEvents.id })
      .from(timelineEvents)
      .where(eq(timelineEvents.participantId, id))
      .orderBy(timelineEvents.id);
    const event = pickOf(events, n);
    if (event) await tx.delete(timelineEvents).where(eq(timelineEvents.id, event.id));
  }
  if (write.kind === 'dropParticipant') {
    await tx.delete(timelineEvents).where(eq(timelineEvents.participantId, id));
    await tx.delete(exits).where(eq(exits.participantId, id));
    await tx.delete(contracts).where(eq(contracts.participantId, id));
    await tx.delete(participantProfiles).where(eq(participantProfiles.participantId, id));
    await tx.delete(participants).where(at);
  }
}

async function pathwayWrite(tx: Db, write: Write): Promise<void> {
  if (write.kind.endsWith('Contract')) {
    const rows = await tx
      .select({ id: contracts.id, signedOn: contracts.signedOn })
      .from(contracts)
      .orderBy(contracts.id);
    const contract = pickOf(rows, write.pick);
    if (!contract) return;
    if (write.kind === 'shiftContract')
      await tx
        .update(contracts)
        .set({ signedOn: addDays(contract.signedOn, write.value) })
        .where(eq(contracts.id, contract.id));
    else {
      await tx.update(exits).set({ contractId: null }).where(eq(exits.contractId, contract.id));
      await tx.delete(contracts).where(eq(contracts.id, contract.id));
    }
    return;
  }
  const rows = await tx
    .select({ id: exits.id, exitOn: exits.exitOn })
    .from(exits)
    .orderBy(exits.id);
  const exit = pickOf(rows, write.pick);
  if (!exit) return;
  const at = eq(exits.id, exit.id);
  if (write.kind === 'exitCategory')
    await tx
      .update(exits)
      .set({ category: EXIT_CATEGORIES[Math.abs(write.value) % EXIT_CATEGORIES.length] })
      .where(at);
  if (write.kind === 'shiftExit')
    await tx
      .update(exits)
      .set({ exitOn: addDays(exit.exitOn, write.value) })
      .where(at);
  if (write.kind === 'dropExit') await tx.delete(exits).where(at);
}

const apply = (tx: Db, write: Write) =>
  /Contract$|Exit$|^exit/.test(write.kind) ? pathwayWrite(tx, write) : participantWrite(tx, write);

/** The summary tables' rows that count something, in a stable order. */
async function summaryRows(db: Db) {
  const counting = (
    t:
      | typeof indicatorDays
      | typeof indicatorMonths
      | typeof indicatorYears
      | typeof indicatorMonthBlocks,
  ) => {
    const columns = getTableColumns(t) as unknown as Record<
      Measure | 'dimension' | 'key',
      AnyColumn
    >;
    const at = Object.values(getTableColumns(t))[2] as AnyColumn;
    return db
      .select()
      .from(t)
      .where(
        sql`greatest(${sql.join(
          MEASURES.map((m) => sql`abs(${columns[m]})`),
          sql`, `,
        )}) > 0`,
      )
      .orderBy(
        sql`${columns.dimension}`,
        sql`${columns.key}`,
        sql`${at}`,
        sql`${sql.raw(t === indicatorMonthBlocks ? 'span' : '1')}`,
      );
  };
  const spreads = (t: typeof indicatorDurationSpreads | typeof indicatorDurationMonthBlocks) =>
    db
      .select()
      .from(t)
      .where(sql`cardinality(${t.days}) > 0`)
      .orderBy(
        t.measure,
        t.dimension,
        t.key,
        t.at,
        sql.raw(t === indicatorDurationMonthBlocks ? 'span' : '1'),
      );
  return {
    days: await counting(indicatorDays),
    months: await counting(indicatorMonths),
    years: await counting(indicatorYears),
    monthBlocks: await counting(indicatorMonthBlocks),
    subjects: await db.select().from(indicatorSubjects).orderBy(indicatorSubjects.participantId),
    durationDays: await db
      .select()
      .from(indicatorDurationDays)
      .where(sql`${indicatorDurationDays.n} <> 0`)
      .orderBy(
        indicatorDurationDays.measure,
        indicatorDurationDays.dimension,
        indicatorDurationDays.key,
        indicatorDurationDays.at,
        indicatorDurationDays.days,
      ),
    durationSpreads: await spreads(indicatorDurationSpreads),
    durationYears: await spreads(indicatorDurationYears),
    durationMonthBlocks: await spreads(indicatorDurationMonthBlocks),
    gaps: await db
      .select()
      .from(indicatorGaps)
      .orderBy(indicatorGaps.participantId, indicatorGaps.measure, indicatorGaps.after),
    gapMonths: await db
      .select()
      .from(indicatorGapMonths)
      .where(sql`${indicatorGapMonths.n} <> 0`)
      .orderBy(
        indicatorGapMonths.dimension,
        indicatorGapMonths.afterMonth,
        indicatorGapMonths.beforeMonth,
        indicatorGapMonths.measure,
        indicatorGapMonths.key,
      ),
  };
}

/** Periods of whole months, whole years among them or not (ADR 0031's year rows), 2020 to 2024. */
const wholeMonthsArb = fc
  .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 }))
  .map(([start, months]) => {
    const from = addMonths('2020-09-01', start);
    return { from, to: addDays(addMonths(from, months), -1) };
  });

const sorted = <T>(map: Map<string, T>) =>
  Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));

describe('indicator summaries (ADR 0029)', () => {
  it('a period splits into whole years, whole months and edge days', () => {
    expect(splitRange('2024-01-01', '2024-12-31')).toEqual({
      years: null,
      months: [['2024-01-01', '2024-12-01']],
      days: [],
    });
    expect(splitRange('2024-01-01', '2024-12-31', true)).toEqual({
      years: ['2024-01-01', '2024-01-01'],
      months: [],
      days: [],
    });
    expect(splitRange('2024-01-15', '2024-03-10', true)).toEqual({
      years: null,
      months: [['2024-02-01', '2024-02-01']],
      days: [
        ['2024-01-15', '2024-01-31'],
        ['2024-03-01', '2024-03-10'],
      ],
    });
    expect(splitRange('2024-02-03', '2024-02-20', true)).toEqual({
      years: null,
      months: [],
      days: [['2024-02-03', '2024-02-20']],
    });
    expect(splitRange('2020-11-15', '2023-10-31', true)).toEqual({
      years: ['2021-01-01', '2022-01-01'],
      months: [
        ['2020-12-01', '2020-12-01'],
        ['2023-01-01', '2023-10-01'],
      ],
      days: [['2020-11-15', '2020-11-30']],
    });
    expect(splitRange(null, '2024-02-29')).toEqual({
      years: null,
      months: [[null, '2024-02-01']],
      days: [],
    });
    expect(splitRange(null, '2024-02-28', true)).toEqual({
      years: [null, '2023-01-01'],
      months: [['2024-01-01', '2024-01-01']],
      days: [['2024-02-01', '2024-02-28']],
    });
    expect(splitRange(null, '2023-12-31', true)).toEqual({
      years: [null, '2023-01-01'],
      months: [],
      days: [],
    });
  });

  it('a run of months is the fewest blocks of 8, 4, 2 and 1 months within its year', () => {
    const blocks = (a: string, b: string) =>
      monthBlocks([[a, b]]).map(({ at, span }) => `${at}+${span}`);
    expect(blocks('2023-01-01', '2023-10-01')).toEqual(['2023-01-01+8', '2023-09-01+2']);
    expect(blocks('2020-11-01', '2020-12-01')).toEqual(['2020-11-01+2']);
    expect(blocks('2021-11-01', '2022-02-01')).toEqual(['2021-11-01+2', '2022-01-01+2']);
    expect(blocks('2024-02-01', '2024-11-01')).toEqual([
      '2024-02-01+1',
      '2024-03-01+2',
      '2024-05-01+4',
      '2024-09-01+2',
      '2024-11-01+1',
    ]);
    expect(blocks('2024-09-01', '2024-12-01')).toEqual(['2024-09-01+4']);
    expect(() => monthBlocks([[null, '2024-03-01']])).toThrow();
  });

  it('a median interpolates like percentile_cont(0.5)', () => {
    expect(medianOf(new Map())).toBeNull();
    expect(medianOf(new Map([[3, 1]]))).toBe(3);
    expect(
      medianOf(
        new Map([
          [1, 1],
          [4, 1],
        ]),
      ),
    ).toBe(2.5);
    expect(
      medianOf(
        new Map([
          [5, 2],
          [1, 1],
          [9, 0],
        ]),
      ),
    ).toBe(5);
    expect(
      medianOf(
        new Map([
          [2, 3],
          [10, 3],
        ]),
      ),
    ).toBe(6);
  });

  it(
    'after random writes, in one transaction or several, the figures equal the base tables and a rebuild',
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          datasetArb,
          fc.array(fc.array(writeArb, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
          fc.array(fc.oneof(scopeArb(), wholeMonthsArb), { minLength: 1, maxLength: 3 }),
          fc.constantFrom(...INDICATOR_DIMENSIONS),
          async (stories, transactions, scopes, dimension) => {
            await writeDataset(
              database.db,
              rowsOf(stories, organisationIds, staffIds[0] ?? ''),
              staffIds[0] ?? '',
            );
            for (const writes of transactions)
              await database.db.transaction(async (tx) => {
                for (const write of writes) await apply(tx, write);
              });
            for (const { from, to } of scopes) {
              for (const d of [undefined, dimension]) {
                const base = await queryFiguresBy(database.db, { from, to }, d);
                expect(sorted(await figuresBy(database.db, { from, to }, d))).toEqual(sorted(base));
              }
            }
            const kept = await summaryRows(database.db);
            await database.db.execute(sql`select indicator_rebuild()`);
            expect(await summaryRows(database.db)).toEqual(kept);
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});
