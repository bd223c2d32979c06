import {
  contractDeadline,
  daysBetween,
  EXIT_CATEGORIES,
  REFERRAL_SOURCES,
  type Territory,
} from '@territoires/contracts';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.js';
import {
  contracts,
  exits,
  participantProfiles,
  participants,
  timelineEvents,
} from '../../db/schema.js';
import { parisDay } from '../../time/index.js';
import type { Scope } from '../definitions.js';
import type { RawContract, RawData, RawExit, RawParticipant, RawProfile } from './brute-force.js';

/** A few territories and two organisations, so that filters and breakdowns have something to split. */
export const DATASET_TERRITORIES: Territory[] = [
  'caen_chemin_vert',
  'colombelles',
  'rural_vallees_orne_odon',
];

const DAY = 86_400_000;
const BASE = Date.parse('2020-09-25T00:00:00Z');
const dayOf = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

const profileArb: fc.Arbitrary<RawProfile | null> = fc.option(
  fc.record({
    sex: optional(fc.constantFrom('female', 'male', 'other')),
    ageBand: optional(fc.constantFrom('under_26', '26_44', '45_54', '55_plus')),
    qualificationLevel: optional(fc.constantFrom('infra_3', 'level_3', 'level_4')),
    rsa: optional(fc.boolean()),
    rqth: optional(fc.boolean()),
    longTermJobSeeker: optional(fc.boolean()),
    refugee: optional(fc.boolean()),
    digitalExclusion: optional(fc.boolean()),
  }),
  { nil: null, freq: 3 },
);

/** One person's story: created at some instant (any minute: Paris midnight matters), contracts, exits. */
const storyArb = fc.record({
  // A day over about three years, at any minute or late in the evening (Paris and UTC days differ).
  createdMinute: fc
    .tuple(
      fc.integer({ min: 0, max: 1100 }),
      fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1290, max: 1439 })),
    )
    .map(([day, minute]) => day * 24 * 60 + minute),
  territory: fc.constantFrom(...DATASET_TERRITORIES),
  organisation: fc.integer({ min: 0, max: 1 }),
  withReferent: fc.boolean(),
  referralSource: fc.constantFrom(...REFERRAL_SOURCES),
  profile: profileArb,
  // Each contract: days after the previous step, then maybe its exit (days after signature).
  contracts: fc.array(
    fc.record({
      gap: fc.integer({ min: -3, max: 200 }),
      exit: fc.option(
        fc.record({
          // Days after the signature, or around the 15-month deadline (-1, 0, +1 day).
          after: fc.oneof(
            fc.integer({ min: 0, max: 600 }),
            fc.integer({ min: -1, max: 1 }).map((d) => ({ deadline: d })),
          ),
          category: fc.constantFrom(...EXIT_CATEGORIES),
        }),
        { nil: null, freq: 4 },
      ),
    }),
    { maxLength: 3 },
  ),
  exitWithoutContract: fc.option(fc.constantFrom(...EXIT_CATEGORIES), { nil: null, freq: 5 }),
  // Created in discovery, moved to it some minutes to weeks later, or never there.
  discovery: fc.oneof(
    fc.constant<'created' | 'never'>('created'),
    fc.integer({ min: 1, max: 60 * 24 * 40 }),
    // Whole days later: the same (often late-evening) time as the creation.
    fc.integer({ min: 1, max: 40 }).map((days) => days * 24 * 60),
    fc.constant<'created' | 'never'>('never'),
  ),
});

export const datasetArb = fc.array(storyArb, { maxLength: 15 });
export type Stories = typeof datasetArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * A period: two days in order (sometimes one), each any day of the span or, more often, a day the
 * data turns on (a creation's Paris or UTC day, a signature, its deadline, an exit), the day before
 * or after; maybe a territory or an organisation.
 */
export const scopeArb = (days: readonly string[] = []) => {
  const any = fc.integer({ min: 0, max: 1500 }).map(dayOf);
  const near =
    days.length === 0
      ? any
      : fc
          .tuple(fc.constantFrom(...days), fc.integer({ min: -1, max: 1 }))
          .map(([day, shift]) => shiftDay(day, shift));
  return fc
    .record({
      a: fc.oneof(any, near, near),
      b: fc.oneof(any, near, near),
      territory: fc.option(fc.constantFrom(...DATASET_TERRITORIES), { nil: undefined, freq: 3 }),
      organisation: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined, freq: 3 }),
    })
    .map(({ a, b, territory, organisation }) => ({
      from: a < b ? a : b,
      to: a < b ? b : a,
      territory,
      organisation,
    }));
};

const shiftDay = (day: string, shift: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + shift * DAY).toISOString().slice(0, 10);

/** The days the data turns on: where a period's bounds are worth testing. */
export function turningDays(data: RawData): string[] {
  return [
    ...data.participants.flatMap((p) =>
      p.discoveryAt ? [parisDay(p.discoveryAt), p.discoveryAt.toISOString().slice(0, 10)] : [],
    ),
    ...data.participants.flatMap((p) => [
      parisDay(p.createdAt),
      p.createdAt.toISOString().slice(0, 10),
    ]),
    ...data.contracts.flatMap((c) => [c.signedOn, contractDeadline(c.signedOn)]),
    ...data.exits.map((e) => e.exitOn),
  ];
}

/** A dataset (as rows) and one to three periods that cut it where it matters. */
export const scenarioArb = (organisationIds: readonly string[], referentId: string) =>
  datasetArb.chain((stories) => {
    const data = rowsOf(stories, organisationIds, referentId);
    return fc.tuple(
      fc.constant(data),
      fc.array(scopeArb(turningDays(data)), { minLength: 1, maxLength: 3 }),
    );
  });

export const scopeFor = (
  drawn: {
    from: string;
    to: string;
    territory?: Territory | undefined;
    organisation?: number | undefined;
    within?: number[] | undefined;
  },
  organisationIds: readonly string[],
): Scope => ({
  from: drawn.from,
  to: drawn.to,
  territory: drawn.territory,
  organisationId:
    drawn.organisation === undefined ? undefined : organisationIds[drawn.organisation],
  within: drawn.within?.map((i) => organisationIds[i] ?? ''),
});

/** The stories as rows: contracts numbered from 1, each exit on its contract (or none). */
export function rowsOf(
  stories: Stories,
  organisationIds: readonly string[],
  referentId: string,
): RawData {
  const data: RawData = { participants: [], contracts: [], exits: [] };
  for (const story of stories) {
    const id = randomUUID();
    const createdAt = new Date(BASE + story.createdMinute * 60_000);
    data.participants.push({
      id,
      createdAt,
      territory: story.territory,
      organisationId: organisationIds[story.organisation] ?? '',
      referentId: story.withReferent ? referentId : null,
      referralSource: story.referralSource,
      profile: story.profile,
      discoveryAt:
        story.discovery === 'never'
          ? null
          : story.discovery === 'created'
            ? createdAt
            : new Date(createdAt.getTime() + story.discovery * 60_000),
    } satisfies RawParticipant);
    let day = Math.floor(story.createdMinute / (24 * 60));
    story.contracts.forEach((drawn, index) => {
      day += drawn.gap;
      const contract: RawContract = {
        id: randomUUID(),
        participantId: id,
        number: index + 1,
        signedOn: dayOf(day),
      };
      data.contracts.push(contract);
      if (drawn.exit) {
        const after = drawn.exit.after;
        day +=
          typeof after === 'number'
            ? after
            : daysBetween(contract.signedOn, contractDeadline(contract.signedOn)) + after.deadline;
        data.exits.push({
          participantId: id,
          contractId: contract.id,
          exitOn: dayOf(day),
          category: drawn.exit.category,
        } satisfies RawExit);
      }
    });
    if (story.exitWithoutContract)
      data.exits.push({
        participantId: id,
        contractId: null,
        exitOn: dayOf(day + 10),
        category: story.exitWithoutContract,
      });
  }
  return data;
}

/** The phase history the services would leave: creation (its phase), the move to discovery, exits. */
function timelineOf(data: RawData): (typeof timelineEvents.$inferInsert)[] {
  return [
    ...data.participants.flatMap((p) => {
      const createdIn = p.discoveryAt === p.createdAt ? 'discovery' : 'outreach';
      const created = {
        participantId: p.id,
        at: p.createdAt.toISOString(),
        kind: 'participant_created' as const,
        data: { phase: createdIn },
      };
      if (p.discoveryAt === null || createdIn === 'discovery') return [created];
      const moved = {
        participantId: p.id,
        at: p.discoveryAt.toISOString(),
        kind: 'phase_changed' as const,
        data: { from: 'outreach', to: 'discovery' },
      };
      return [created, moved];
    }),
    ...data.exits.map((e) => ({
      participantId: e.participantId,
      at: `${e.exitOn}T10:00:00.000Z`,
      kind: 'exit_recorded' as const,
      data: { exitOn: e.exitOn, category: e.category },
    })),
  ];
}

/** Replaces the pathway rows of the database by these (in bulk: four inserts). */
export const writeDataset = (db: Db, data: RawData, staffId: string): Promise<void> =>
  // One transaction: the summaries' triggers (ADR 0029) refresh each participant once, at commit.
  db.transaction((tx) => replaceDataset(tx, data, staffId));

async function replaceDataset(db: Db, data: RawData, staffId: string): Promise<void> {
  await db.delete(timelineEvents);
  await db.delete(exits);
  await db.delete(contracts);
  await db.delete(participantProfiles);
  await db.delete(participants);
  if (data.participants.length === 0) return;
  await db.insert(participants).values(
    data.participants.map((p) => ({
      id: p.id,
      pseudonym: `P ${p.id.slice(0, 6)}`,
      referralSource: p.referralSource,
      territory: p.territory,
      phase: 'discovery' as const,
      organisationId: p.organisationId,
      referentId: p.referentId,
      createdAt: p.createdAt.toISOString(),
    })),
  );
  const profiles = data.participants.flatMap((p) =>
    p.profile
      ? [
          {
            participantId: p.id,
            ...p.profile,
            consentRecordedAt: p.createdAt.toISOString(),
            consentRecordedBy: staffId,
          },
        ]
      : [],
  );
  if (profiles.length > 0) await db.insert(participantProfiles).values(profiles);
  if (data.contracts.length > 0)
    await db
      .insert(contracts)
      .values(data.contracts.map((c) => ({ ...c, plannedEndOn: c.signedOn, coSignerIds: [] })));
  if (data.exits.length > 0)
    await db.insert(exits).values(data.exits.map((e) => ({ ...e, situation: 'other' as const })));
  await db.insert(timelineEvents).values(timelineOf(data));
}
