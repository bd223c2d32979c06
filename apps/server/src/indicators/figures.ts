import {
  EXIT_CATEGORIES,
  type ExitCounts,
  type IndicatorFigures,
  type IndicatorsReport,
} from '@territoires/contracts';
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
import { programmeEnd, type Programme } from './programme.js';

const noExits = (): ExitCounts =>
  Object.fromEntries(EXIT_CATEGORIES.map((c) => [c, 0])) as ExitCounts;

export const emptyFigures = (): IndicatorFigures => ({
  entries: 0,
  reentries: 0,
  discovery: { created: 0, signedBy: 0 },
  funnel: { discovery: 0, exit: 0 },
  exits: noExits(),
  dynamicExits: 0,
  civicExits: 0,
  compliance: { exitsAfterContract: 0, withinFifteenMonths: 0, activePastFifteenMonths: 0 },
  durations: { contactToContractDays: null, contactToContractPeople: 0, contractToExitDays: null },
});

/**
 * Every figure over a scope, per key of the breakdown (ALL alone without one): the definitions'
 * queries, run one after the other (a PGlite connection runs one query at a time anyway).
 */
export async function figuresBy(
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

/** The figures of a scope, without breakdown. */
export const figuresOf = async (db: Db, scope: Scope): Promise<IndicatorFigures> =>
  (await figuresBy(db, scope)).get(ALL) ?? emptyFigures();

/** The report of a period: its figures, and the programme's progress on its last day. */
export async function indicatorsReport(
  db: Db,
  scope: Scope,
  programme: Programme,
): Promise<IndicatorsReport> {
  const figures = await figuresOf(db, scope);
  const sinceStart = { ...scope, from: programme.start };
  const [engaged] = await entries(db, sinceStart);
  const [dynamic] = await dynamicExits(db, sinceStart);
  return {
    from: scope.from,
    to: scope.to,
    territory: scope.territory ?? null,
    organisation: scope.organisationId ?? null,
    ...figures,
    engaged: engaged?.entries ?? 0,
    programme: {
      start: programme.start,
      months: programme.months,
      end: programmeEnd(programme),
      engaged: engaged?.entries ?? 0,
      engagedTarget: programme.engagedTarget,
      dynamicExits: dynamic?.dynamicExits ?? 0,
      dynamicExitsTarget: programme.dynamicExitsTarget,
    },
  };
}
