import {
  INDICATOR_DIMENSIONS,
  type IndicatorDimension,
  type IndicatorFigures,
  type IndicatorsQuery,
  type IndicatorsResponse,
} from '@territoires/contracts';
import { inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { staff } from '../db/schema.js';
import { ValidationError } from '../errors/index.js';
import { organisationFacts } from '../organisations/index.js';
import { organisationNameFor } from '../organisations/policy.js';
import type { Services } from '../services.js';
import type { Scope } from './definitions.js';
import { activityFigures } from './activity-figures.js';
import { allSummaryFigures, figuresBy, indicatorsReport } from './figures.js';
import type { SummaryFigures } from './summary-figures.js';
import {
  indicatorsView,
  mayExportParticipants,
  seesStaffNames,
  type IndicatorsView,
} from './policy.js';
import type { Programme } from './programme.js';
import { maskSeries, progressSeries } from './progress.js';
import { SMALL_CELL, suppressFigures } from './suppression.js';

/** The breakdowns a view gets: staff (the référents) only for those who see names. */
const dimensionsFor = (view: IndicatorsView): IndicatorDimension[] =>
  INDICATOR_DIMENSIONS.filter((d) => d !== 'referent' || seesStaffNames(view));

/** Readable names for the keys that are ids: organisations (public names), référents. */
async function labelsFor(
  db: Db,
  actor: Actor,
  dimension: IndicatorDimension,
  keys: string[],
): Promise<Map<string, string>> {
  const ids = keys.filter((k) => /^[0-9a-f-]{36}$/.test(k));
  if (dimension === 'organisation') {
    const facts = await organisationFacts(db, ids);
    return new Map([...facts].map(([id, o]) => [id, organisationNameFor(actor, o)]));
  }
  if (dimension === 'referent' && ids.length > 0) {
    const rows = await db
      .select({ id: staff.id, name: staff.displayName })
      .from(staff)
      .where(inArray(staff.id, ids));
    return new Map(rows.map((r) => [r.id, r.name]));
  }
  return new Map();
}

export function requirePeriod(query: IndicatorsQuery): void {
  if (query.from > query.to)
    throw new ValidationError('indicators.bad_period', 'The period ends before it starts.', {
      from: query.from,
      to: query.to,
    });
}

const maskCount = (n: number, masked: boolean): number | null =>
  masked && n > 0 && n < SMALL_CELL ? null : n;

/** Attendance and badges, organisations by the names this viewer may read. */
const activityOf = (db: Db, actor: Actor, scope: Scope, masked: boolean) =>
  activityFigures(db, scope, masked, (keys) => labelsFor(db, actor, 'organisation', keys));

/** Each breakdown's rows, sorted by key; the summaries (ADR 0029) read once for them all. */
async function breakdownFigures(
  db: Db,
  scope: Scope,
  dimensions: IndicatorDimension[],
  summaries: SummaryFigures | undefined,
) {
  const grouped: [string, IndicatorFigures][][] = [];
  for (const dimension of dimensions) {
    const byKey = await figuresBy(db, scope, dimension, summaries);
    grouped.push([...byKey].sort(([a], [b]) => a.localeCompare(b)));
  }
  return grouped;
}

/** The dashboard's figures: the total, the programme's progress and every breakdown, masked as the view says. */
export async function getIndicators(
  services: Pick<Services, 'database'>,
  actor: Actor,
  query: IndicatorsQuery,
  programme: Programme,
): Promise<IndicatorsResponse> {
  requirePeriod(query);
  const view = indicatorsView(actor, query.organisation);
  const { db } = services.database;
  const scope: Scope = {
    from: query.from,
    to: query.to,
    territory: query.territory,
    organisationId: query.organisation,
    within: view.within,
  };
  const dimensions = dimensionsFor(view);
  // Independent reads, side by side: on PostgreSQL each has a connection of the pool (ADR 0031).
  // The summaries' 'all' row is the report's figures: read once for both.
  const summaries = allSummaryFigures(db, scope);
  const [report, grouped, months, activity] = await Promise.all([
    indicatorsReport(db, scope, programme, summaries),
    summaries.then((s) => breakdownFigures(db, scope, dimensions, s)),
    progressSeries(db, scope, programme),
    activityOf(db, actor, scope, view.masked),
  ]);
  const {
    from,
    to,
    territory,
    organisation,
    engaged: _engaged,
    programme: progress,
    ...total
  } = report;
  const masked = view.masked
    ? suppressFigures(
        total,
        grouped.map((rows) => rows.map(([, figures]) => figures)),
      )
    : { total, breakdowns: grouped.map((rows) => rows.map(([, figures]) => figures)) };
  const breakdowns = await Promise.all(
    dimensions.map(async (dimension, d) => {
      const rows = grouped[d] ?? [];
      const labels = await labelsFor(
        db,
        actor,
        dimension,
        rows.map(([key]) => key),
      );
      return {
        dimension,
        rows: rows.map(([key], r) => ({
          key,
          label: labels.get(key) ?? null,
          figures: masked.breakdowns[d]?.[r] ?? total,
        })),
      };
    }),
  );
  const series = view.masked ? maskSeries(months) : months;
  const last = series.at(-1);
  const hidden = (n: number, shown: number | null | undefined) =>
    shown === null ? null : maskCount(n, view.masked);
  return {
    from,
    to,
    territory,
    organisation,
    masked: view.masked,
    programme: {
      ...progress,
      engaged: hidden(progress.engaged, last?.engaged),
      dynamicExits: hidden(progress.dynamicExits, last?.dynamicExits),
    },
    figures: masked.total,
    progress: series,
    breakdowns,
    ...activity,
    can: { exportParticipants: mayExportParticipants(actor) },
  };
}
