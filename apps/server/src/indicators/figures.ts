import { type IndicatorFigures, type IndicatorsReport } from '@territoires/contracts';
import type { Db } from '../db/database.js';
import {
  activePastFifteenMonths,
  ALL,
  compliance,
  contactToContract,
  contractToExit,
  discovery,
  dynamicExits,
  entries,
  exitsByCategory,
  funnel,
  type Dimension,
  type Scope,
} from './definitions.js';
import { emptyFigures } from './figures-empty.js';
import { summarised } from './summaries.js';
import { summaryFigures, type SummaryFigures } from './summary-figures.js';
import { programmeEnd, type Programme } from './programme.js';

export { emptyFigures };

/**
 * Every figure over a scope, per key of the breakdown (ALL alone without one), from the
 * definitions' queries on the base tables: any scope, and the reference the summaries are tested on.
 */
export async function queryFiguresBy(
  db: Db,
  scope: Scope,
  dimension?: Dimension,
): Promise<Map<string, IndicatorFigures>> {
  const byKey = new Map<string, IndicatorFigures>();
  const at = (key: string): IndicatorFigures => {
    let figures = byKey.get(key);
    if (!figures) byKey.set(key, (figures = emptyFigures()));
    return figures;
  };
  // Side by side: on PostgreSQL each query gets its own connection of the pool (PGlite queues them).
  const [entered, discovered, funnelled, left, dynamic, compliant, overdue, waits, stays] =
    await Promise.all([
      entries(db, scope, dimension),
      discovery(db, scope, dimension),
      funnel(db, scope, dimension),
      exitsByCategory(db, scope, dimension),
      dynamicExits(db, scope, dimension),
      compliance(db, scope, dimension),
      activePastFifteenMonths(db, scope, dimension),
      contactToContract(db, scope, dimension),
      contractToExit(db, scope, dimension),
    ]);
  for (const row of entered) {
    Object.assign(at(row.key), { entries: row.entries, reentries: row.reentries });
  }
  for (const row of discovered) {
    at(row.key).discovery = { created: row.created, signedBy: row.signedBy };
  }
  for (const row of funnelled) {
    at(row.key).funnel = { discovery: row.discovery, exit: row.exit };
  }
  for (const row of left) {
    at(row.key).exits[row.category] = row.exits;
  }
  for (const row of dynamic) {
    Object.assign(at(row.key), { dynamicExits: row.dynamicExits, civicExits: row.civicExits });
  }
  for (const row of compliant) {
    Object.assign(at(row.key).compliance, {
      exitsAfterContract: row.exitsAfterContract,
      withinFifteenMonths: row.withinFifteenMonths,
    });
  }
  for (const row of overdue) {
    at(row.key).compliance.activePastFifteenMonths = row.contracts;
  }
  for (const row of waits) {
    Object.assign(at(row.key).durations, {
      contactToContractDays: row.days,
      contactToContractPeople: row.people,
    });
  }
  for (const row of stays) {
    at(row.key).durations.contractToExitDays = row.days;
  }
  return byKey;
}

/**
 * Every figure over a scope, per key of the breakdown (ALL alone without one): from the summary
 * tables for the programme as a whole (ADR 0029), else from the definitions' queries.
 */
export async function figuresBy(
  db: Db,
  scope: Scope,
  dimension?: Dimension,
  summaries?: SummaryFigures,
): Promise<Map<string, IndicatorFigures>> {
  if (!summarised(scope)) return queryFiguresBy(db, scope, dimension);
  const summary = summaries ?? (await summaryFigures(db, scope, [dimension ?? 'all']));
  return summary.get(dimension ?? 'all') ?? new Map();
}

/** Every breakdown's summary figures at once, where the scope is summarised (the dashboard reads them all). */
export const allSummaryFigures = async (
  db: Db,
  scope: Scope,
): Promise<SummaryFigures | undefined> =>
  summarised(scope) ? summaryFigures(db, scope) : undefined;

/** The figures of a scope, without breakdown. */
export const figuresOf = async (db: Db, scope: Scope): Promise<IndicatorFigures> =>
  (await figuresBy(db, scope)).get(ALL) ?? emptyFigures();

/** The programme's people engaged and dynamic exits from its start to the scope's last day. */
async function sinceStart(
  db: Db,
  scope: Scope,
  programme: Programme,
  figures: Promise<IndicatorFigures>,
): Promise<readonly [number, number]> {
  const since = { ...scope, from: programme.start };
  if (!summarised(scope))
    return [
      (await entries(db, since))[0]?.entries ?? 0,
      (await dynamicExits(db, since))[0]?.dynamicExits ?? 0,
    ];
  // A period from the programme's start is its own since-the-start; else two sums, no medians.
  if (scope.from === programme.start) {
    const f = await figures;
    return [f.entries, f.dynamicExits];
  }
  const all = (await summaryFigures(db, since, ['all'], { medians: false })).get('all');
  const f = all?.get(ALL);
  return [f?.entries ?? 0, f?.dynamicExits ?? 0];
}

/**
 * The report of a period: its figures, and the programme's progress on its last day. The dashboard
 * gives the summaries it reads for its breakdowns: their 'all' row is the report's figures.
 */
export async function indicatorsReport(
  db: Db,
  scope: Scope,
  programme: Programme,
  summaries?: Promise<SummaryFigures | undefined>,
): Promise<IndicatorsReport> {
  const read = async () => {
    const all = summaries && (await summaries);
    return all ? (all.get('all')?.get(ALL) ?? emptyFigures()) : figuresOf(db, scope);
  };
  const figuresRead = read();
  const [figures, [engaged, dynamic]] = await Promise.all([
    figuresRead,
    sinceStart(db, scope, programme, figuresRead),
  ]);
  return {
    from: scope.from,
    to: scope.to,
    territory: scope.territory ?? null,
    organisation: scope.organisationId ?? null,
    ...figures,
    engaged,
    programme: {
      start: programme.start,
      months: programme.months,
      end: programmeEnd(programme),
      engaged,
      engagedTarget: programme.engagedTarget,
      dynamicExits: dynamic,
      dynamicExitsTarget: programme.dynamicExitsTarget,
    },
  };
}
