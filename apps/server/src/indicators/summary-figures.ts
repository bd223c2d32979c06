import { EXIT_CATEGORIES, type ExitCategory, type IndicatorFigures } from '@territoires/contracts';
import type { Db } from '../db/database.js';
import { emptyFigures } from './figures-empty.js';
import { periodRangeSums } from './range-sums.js';
import { straddling } from './summary-gaps.js';
import { summaryMedians, type Medians } from './summary-medians.js';
import {
  cell,
  SUMMARY_TABLES,
  SUMMARY_DIMENSIONS,
  type Measure,
  type Sums,
  type SummaryDimension,
} from './summaries.js';

/*
 * The figures of docs/indicators.md from the summary tables (ADR 0029), for the programme as a
 * whole: every figure, the medians from their histograms (summary-medians.ts). The property tests compare them with the definitions' queries after random writes.
 */

const EXIT_COLUMNS: Record<ExitCategory, Measure> = {
  employment_lasting: 'exitEmploymentLasting',
  employment_transition: 'exitEmploymentTransition',
  training: 'exitTraining',
  volunteering_civic: 'exitVolunteeringCivic',
  other: 'exitOther',
  dropped_out: 'exitDroppedOut',
};

/** Whether the definitions' queries would give this key a row (some event in the period). */
const hasRow = (f: IndicatorFigures): boolean =>
  f.entries > 0 ||
  f.discovery.created > 0 ||
  f.compliance.activePastFifteenMonths > 0 ||
  EXIT_CATEGORIES.some((c) => f.exits[c] > 0);

type Gap = 'entry' | 'dynamic' | 'civic' | 'signed' | 'funnel_discovery' | 'funnel_exit';

interface Parts {
  period: Sums;
  upToTo: Sums;
  beforeFrom: Sums;
  gaps: (measure: Gap) => number;
}

/** One key's figures: sums over the period, firsts up to `to` less lasts before `from` and straddling gaps. */
function figuresOf({ period, upToTo, beforeFrom, gaps }: Parts): IndicatorFigures {
  const people = (first: Measure, last: Measure, gap: Gap) =>
    upToTo[first] - beforeFrom[last] - gaps(gap);
  const figures = emptyFigures();
  figures.entries = people('entryFirst', 'entryLast', 'entry');
  figures.reentries = period.reentries;
  figures.discovery = {
    created: period.created,
    signedBy:
      period.signedBeforeCreated +
      upToTo.signedAfterCreated -
      beforeFrom.createdThenSigned +
      gaps('signed'),
  };
  for (const c of EXIT_CATEGORIES) figures.exits[c] = period[EXIT_COLUMNS[c]];
  figures.dynamicExits = people('dynamicFirst', 'dynamicLast', 'dynamic');
  figures.civicExits = people('civicFirst', 'civicLast', 'civic');
  figures.compliance = {
    exitsAfterContract: period.afterContract,
    withinFifteenMonths: period.withinFifteen,
    activePastFifteenMonths: upToTo.overdue - upToTo.overdueClosed,
  };
  figures.durations.contactToContractPeople = period.firstContracts;
  const reached = (early: Measure, created: Measure, day: Measure, gap: Gap) =>
    period[early] + upToTo[day] - beforeFrom[created] + gaps(gap);
  figures.funnel = {
    discovery: reached(
      'funnelDiscoveryEarly',
      'funnelDiscoveryCreated',
      'funnelDiscoveryReached',
      'funnel_discovery',
    ),
    exit: reached('funnelExitEarly', 'funnelExitCreated', 'funnelExitReached', 'funnel_exit'),
  };
  return figures;
}

/**
 * The figures of [from, to] for the programme as a whole, per breakdown (of those asked) and key:
 * four indexed reads, whatever the number of participants.
 */
export type SummaryFigures = Map<SummaryDimension, Map<string, IndicatorFigures>>;

export async function summaryFigures(
  db: Db,
  period: { from: string; to: string },
  dimensions: readonly SummaryDimension[] = SUMMARY_DIMENSIONS,
  read: { medians: boolean } = { medians: true },
): Promise<SummaryFigures> {
  const [sums, gaps, medians] = await Promise.all([
    periodRangeSums(db, SUMMARY_TABLES, period, dimensions),
    straddling(db, period.from, period.to, dimensions),
    read.medians
      ? summaryMedians(db, period.from, period.to, dimensions)
      : new Map<string, Medians>(),
  ]);
  const byDimension = new Map<SummaryDimension, Map<string, IndicatorFigures>>(
    dimensions.map((d) => [d, new Map()]),
  );
  for (const [at, { period: inPeriod, upToTo, beforeFrom }] of sums) {
    const [dimension = '', key = ''] = at.split('\u0000');
    const figures = figuresOf({
      period: inPeriod,
      upToTo,
      beforeFrom,
      gaps: (measure) => gaps.get(`${measure}\u0000${cell(dimension, key)}`) ?? 0,
    });
    const median = medians.get(at);
    figures.durations.contactToContractDays = median?.wait ?? null;
    figures.durations.contractToExitDays = median?.stay ?? null;
    if (hasRow(figures)) byDimension.get(dimension as SummaryDimension)?.set(key, figures);
  }
  return byDimension;
}
