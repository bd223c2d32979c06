import type { ExitCategory, IndicatorDimension, Territory } from '@territoires/contracts';
import { DYNAMIC_EXIT_CATEGORIES } from '@territoires/contracts';
import { and, between, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import {
  contracts,
  exits,
  participantProfiles,
  participants,
  timelineEvents,
} from '../db/schema.js';

/*
 * One query per definition of docs/indicators.md (each section there is named after the function
 * here and shows its SQL). Every query takes the same scope and an optional breakdown, so the
 * dashboard, the exports, the CLI and the tests read the same figures. Dates are calendar days in
 * Paris, inclusive: contracts and exits store days; a participant's creation is an instant, turned
 * into its Paris day.
 */

export interface Scope {
  from: string;
  to: string;
  territory?: Territory | undefined;
  organisationId?: string | undefined;
  /** What the viewer may see (policy.ts): participants followed by these organisations only. */
  within?: readonly string[] | undefined;
}

/** A breakdown: what a row is grouped by, about the participant as they are now. */
export const DIMENSIONS: Record<IndicatorDimension, SQL> = {
  territory: sql`${participants.territory}`,
  organisation: sql`${participants.organisationId}::text`,
  referent: sql`${participants.referentId}::text`,
  referralSource: sql`${participants.referralSource}`,
  sex: sql`${participantProfiles.sex}`,
  ageBand: sql`${participantProfiles.ageBand}`,
  qualificationLevel: sql`${participantProfiles.qualificationLevel}`,
  rsa: sql`${participantProfiles.rsa}::text`,
  rqth: sql`${participantProfiles.rqth}::text`,
  longTermJobSeeker: sql`${participantProfiles.longTermJobSeeker}::text`,
  belowCap: sql`(${participantProfiles.qualificationLevel} = 'infra_3')::text`,
  refugee: sql`${participantProfiles.refugee}::text`,
  digitalExclusion: sql`${participantProfiles.digitalExclusion}::text`,
};
export type Dimension = IndicatorDimension;

/** Where a breakdown's field is missing (no profile, no consent, no référent). */
export const NOT_RECORDED = 'not_recorded';
/** The one key of a figure without breakdown. */
export const ALL = 'all';

/** The row's key: its breakdown's value as text, or NOT_RECORDED; ALL without a breakdown. */
const keyOf = (dimension: Dimension | undefined): SQL<string> =>
  dimension === undefined
    ? sql<string>`'all'`
    : sql<string>`coalesce(${DIMENSIONS[dimension]}, 'not_recorded')`;

export const inScope = (scope: Scope): SQL | undefined =>
  and(
    scope.territory === undefined ? undefined : eq(participants.territory, scope.territory),
    scope.organisationId === undefined
      ? undefined
      : eq(participants.organisationId, scope.organisationId),
    scope.within === undefined
      ? undefined
      : scope.within.length === 0
        ? sql`false`
        : inArray(participants.organisationId, [...scope.within]),
  );

/** Paris day of the participant's creation: the first contact. */
const createdOn = sql`(${participants.createdAt} at time zone 'Europe/Paris')::date`;
/** The 15-month deadline of a contract, by the contract rule (month ends clamp, like addMonths). */
const deadline = sql`(${contracts.signedOn} + interval '15 months')::date`;
const int = (expression: SQL) => sql<number>`${expression}::int`.mapWith(Number);
const median = (expression: SQL) =>
  sql<number | null>`percentile_cont(0.5) within group (order by ${expression})`.mapWith(Number);
const groupByKey = sql`1`;

/** Participants with a contract signed in the period (entries), and contracts numbered 2+ (re-entries). */
export const entries = (db: Db, scope: Scope, dimension?: Dimension) =>
  db
    .select({
      key: keyOf(dimension),
      entries: int(sql`count(distinct ${contracts.participantId})`),
      reentries: int(sql`count(*) filter (where ${contracts.number} >= 2)`),
    })
    .from(contracts)
    .innerJoin(participants, eq(participants.id, contracts.participantId))
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(and(between(contracts.signedOn, scope.from, scope.to), inScope(scope)))
    .groupBy(groupByKey);

/** Participants created in the period, and those of them with a contract signed by `to`. */
export const discovery = (db: Db, scope: Scope, dimension?: Dimension) =>
  db
    .select({
      key: keyOf(dimension),
      created: int(sql`count(*)`),
      signedBy: int(
        sql`count(*) filter (where exists (select 1 from ${contracts} c where c.participant_id = ${participants.id} and c.signed_on <= ${scope.to}::date))`,
      ),
    })
    .from(participants)
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(and(sql`${createdOn} between ${scope.from}::date and ${scope.to}::date`, inScope(scope)))
    .groupBy(groupByKey);

/** A timeline event of the participant's, recorded by the period's last day (Paris). */
const reached = (scope: Scope, condition: SQL) =>
  sql`exists (select 1 from ${timelineEvents} t where t.participant_id = ${participants.id} and (t.at at time zone 'Europe/Paris')::date <= ${scope.to}::date and ${condition})`;

/**
 * The funnel, from the phase history (the timeline): of the participants created in the period,
 * those who reached discovery (created in it, or moved to it) and those who left, by `to`.
 */
export const funnel = (db: Db, scope: Scope, dimension?: Dimension) =>
  db
    .select({
      key: keyOf(dimension),
      discovery: int(
        sql`count(*) filter (where ${reached(scope, sql`((t.kind = 'participant_created' and t.data->>'phase' = 'discovery') or (t.kind = 'phase_changed' and t.data->>'to' = 'discovery'))`)})`,
      ),
      exit: int(sql`count(*) filter (where ${reached(scope, sql`t.kind = 'exit_recorded'`)})`),
    })
    .from(participants)
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(and(sql`${createdOn} between ${scope.from}::date and ${scope.to}::date`, inScope(scope)))
    .groupBy(groupByKey);

/** Exits dated in the period, per stored category. */
export const exitsByCategory = (db: Db, scope: Scope, dimension?: Dimension) =>
  db
    .select({
      key: keyOf(dimension),
      category: sql<ExitCategory>`${exits.category}`,
      exits: int(sql`count(*)`),
    })
    .from(exits)
    .innerJoin(participants, eq(participants.id, exits.participantId))
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(and(between(exits.exitOn, scope.from, scope.to), inScope(scope)))
    .groupBy(groupByKey, sql`2`);

const dynamicList = sql.join(
  DYNAMIC_EXIT_CATEGORIES.map((c) => sql`${c}`),
  sql`, `,
);

/** Participants with a dynamic exit in the period (the 300), and those with a civic one beside. */
export const dynamicExits = (db: Db, scope: Scope, dimension?: Dimension) =>
  db
    .select({
      key: keyOf(dimension),
      dynamicExits: int(
        sql`count(distinct ${exits.participantId}) filter (where ${exits.category} in (${dynamicList}))`,
      ),
      civicExits: int(
        sql`count(distinct ${exits.participantId}) filter (where ${exits.category} = 'volunteering_civic')`,
      ),
    })
    .from(exits)
    .innerJoin(participants, eq(participants.id, exits.participantId))
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(and(between(exits.exitOn, scope.from, scope.to), inScope(scope)))
    .groupBy(groupByKey);

/** Exits in the period that followed a contract, and those within the contract's 15 months. */
export const compliance = (db: Db, scope: Scope, dimension?: Dimension) =>
  db
    .select({
      key: keyOf(dimension),
      exitsAfterContract: int(sql`count(*)`),
      withinFifteenMonths: int(sql`count(*) filter (where ${exits.exitOn} <= ${deadline})`),
    })
    .from(exits)
    .innerJoin(contracts, eq(contracts.id, exits.contractId))
    .innerJoin(participants, eq(participants.id, exits.participantId))
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(and(between(exits.exitOn, scope.from, scope.to), inScope(scope)))
    .groupBy(groupByKey);

/** Contracts still running on `to` (signed by then, no exit on them by then) past their 15 months. */
export const activePastFifteenMonths = (db: Db, scope: Scope, dimension?: Dimension) =>
  db
    .select({ key: keyOf(dimension), contracts: int(sql`count(*)`) })
    .from(contracts)
    .innerJoin(participants, eq(participants.id, contracts.participantId))
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(
      and(
        sql`${contracts.signedOn} <= ${scope.to}::date`,
        sql`not exists (select 1 from ${exits} e where e.contract_id = ${contracts.id} and e.exit_on <= ${scope.to}::date)`,
        sql`${deadline} < ${scope.to}::date`,
        inScope(scope),
      ),
    )
    .groupBy(groupByKey);

/** Median days from first contact to the first contract (and how many), for first contracts signed in the period. */
export const contactToContract = (db: Db, scope: Scope, dimension?: Dimension) =>
  db
    .select({
      key: keyOf(dimension),
      days: median(sql`${contracts.signedOn} - ${createdOn}`),
      people: int(sql`count(*)`),
    })
    .from(contracts)
    .innerJoin(participants, eq(participants.id, contracts.participantId))
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(
      and(
        eq(contracts.number, 1),
        between(contracts.signedOn, scope.from, scope.to),
        inScope(scope),
      ),
    )
    .groupBy(groupByKey);

/** Median days from the contract's signature to the exit, for exits in the period after a contract. */
export const contractToExit = (db: Db, scope: Scope, dimension?: Dimension) =>
  db
    .select({
      key: keyOf(dimension),
      days: median(sql`${exits.exitOn} - ${contracts.signedOn}`),
    })
    .from(exits)
    .innerJoin(contracts, eq(contracts.id, exits.contractId))
    .innerJoin(participants, eq(participants.id, exits.participantId))
    .leftJoin(participantProfiles, eq(participantProfiles.participantId, participants.id))
    .where(and(between(exits.exitOn, scope.from, scope.to), inScope(scope)))
    .groupBy(groupByKey);
