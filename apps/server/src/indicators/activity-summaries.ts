import { getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import type { AttendanceDimension } from './activity-definitions.js';
import { straddlingActivityGaps } from './activity-gaps.js';
import type { Scope } from './definitions.js';
import { periodRangeSums, type RangeSums } from './range-sums.js';
import { cell, periodLength, summarised } from './summaries.js';
import { indicatorActivityDays, indicatorActivityMonths, indicatorBadgeLinks } from './tables.js';

/*
 * ADR 0030: the attendance and badge tables from their summaries (drizzle/0022), in the shape of
 * activity-figures.ts. Counts are sums over the period; people counted once are firsts up to `to`,
 * minus lasts before `from`, minus the gaps that straddle the period. Only gaps of at least
 * ACTIVITY_GAP_MIN_SPAN days are kept (a presence every week would otherwise keep one row per
 * week), so only periods long enough for them are answered here.
 */

/** drizzle/0022's indicator_activity_gap_min_span(): gaps kept when b − a is at least this. */
export const ACTIVITY_GAP_MIN_SPAN = 91;

const lengthOf = (scope: Scope) => periodLength(scope.from, scope.to);

/**
 * A gap straddles [from, to] only if b − a ≥ (to − from + 1) + 1: the summaries hold every gap a
 * period of this length can straddle.
 */
export const activitySummarised = (scope: Scope): boolean =>
  summarised(scope) && lengthOf(scope) + 1 >= ACTIVITY_GAP_MIN_SPAN;

const {
  dimension: _d,
  key: _k,
  month: _m,
  ...monthColumns
} = getTableColumns(indicatorActivityMonths);
const {
  dimension: _dd,
  key: _kk,
  day: _day,
  ...dayColumns
} = getTableColumns(indicatorActivityDays);
type ActivityMeasure = keyof typeof monthColumns;
/** Per breakdown key: the sums over the period, up to `to`, and before `from`. */
type KeySums = RangeSums<ActivityMeasure>;

const activitySums = (db: Db, scope: Scope, dimensions: readonly string[]) =>
  periodRangeSums(
    db,
    {
      months: {
        table: indicatorActivityMonths,
        dimension: indicatorActivityMonths.dimension,
        key: indicatorActivityMonths.key,
        at: indicatorActivityMonths.month,
        measures: monthColumns,
      },
      days: {
        table: indicatorActivityDays,
        dimension: indicatorActivityDays.dimension,
        key: indicatorActivityDays.key,
        at: indicatorActivityDays.day,
        measures: dayColumns,
      },
    },
    scope,
    dimensions,
  );

export interface SummaryCells {
  counts: Record<string, number>;
  people: Record<string, number>;
}
export interface SummaryTable {
  total: SummaryCells;
  rows: { key: string; cells: SummaryCells }[];
}

type Counted = 'presence' | 'offered' | 'accepted';
const COUNT_OF: Record<Counted, ActivityMeasure> = {
  presence: 'presences',
  offered: 'offered',
  accepted: 'accepted',
};

/** Each key's count over the period and its people counted once. */
async function counted(db: Db, scope: Scope, dimensions: readonly string[]) {
  const [sums, gaps] = await Promise.all([
    activitySums(db, scope, dimensions),
    straddlingActivityGaps(db, scope, dimensions),
  ]);
  const measure = (at: KeySums, place: string, what: Counted) => ({
    count: at.period[COUNT_OF[what]],
    people:
      at.upToTo[`${what}First`] -
      at.beforeFrom[`${what}Last`] -
      (gaps.get(`${what === 'presence' ? 'presences' : what}\u0000${place}`) ?? 0),
  });
  return { sums, measure };
}

type Counts = Awaited<ReturnType<typeof counted>>;

/** Attendance per partner or thématique from sums and gaps already read. */
function attendanceOf({ sums, measure }: Counts, dimension: AttendanceDimension): SummaryTable {
  const cells = (place: string): SummaryCells => {
    const at = sums.get(place);
    const { count: presences, people } = at
      ? measure(at, place, 'presence')
      : { count: 0, people: 0 };
    return {
      counts: { participants: people, presences },
      people: { participants: people, presences: people },
    };
  };
  const rows = [...sums.entries()].flatMap(([place, at]) => {
    const [dim, key] = place.split('\u0000');
    return dim === dimension && key !== undefined && at.period.presences > 0
      ? [{ key, cells: cells(place) }]
      : [];
  });
  return { total: cells(cell('all', 'all')), rows };
}

/** Attendance per partner or thématique, as attendanceTable gives it, from the summaries. */
export async function summaryAttendanceTable(
  db: Db,
  scope: Scope,
  dimension: AttendanceDimension,
): Promise<SummaryTable> {
  return attendanceOf(await counted(db, scope, ['all', dimension]), dimension);
}

const BADGE_KINDS = ['shared', 'endorsed'] as const;

/**
 * Accepted in the period and, on its last day, shared (a live link) or endorsed: per issuer and in
 * all, by `${kind}\u0000${issuer}` ('' in all). Each award once, then each person once, by grouping
 * in the order of an index that holds every column read: no sort, no count(distinct) (ADR 0032).
 */
async function badgeLinks(db: Db, scope: Scope) {
  const l = indicatorBadgeLinks;
  const live = sql`${l.acceptedOn} between ${scope.from} and ${scope.to} and ${l.from} <= ${scope.to}
    and (${l.until} is null or ${l.until} > ${scope.to})`;
  // In all, no constant issuer among the grouped columns: the planner then misjudged the people as
  // a tenth of them and hashed them to disk (three years at 1,000,000: 556 ms to 286 ms, ADR 0034).
  const count = (perIssuer: boolean) => {
    const issuer = perIssuer ? sql`${l.issuer}, ` : sql``;
    const grouped = perIssuer ? sql`issuer, ` : sql``;
    const people = sql`select kind, ${grouped}participant_id, count(*) as awards
      from (select ${l.kind}, ${issuer}${l.participantId}, ${l.awardId} from ${l} where ${live}
        group by ${sql.raw(perIssuer ? '1, 2, 3, 4' : '1, 2, 3')}) as award
      group by ${sql.raw(perIssuer ? '1, 2, 3' : '1, 2')}`;
    return db
      .select({
        kind: sql<(typeof BADGE_KINDS)[number]>`kind`,
        issuer: perIssuer ? sql<string>`issuer` : sql<string>`''`,
        count: sql<number>`sum(awards)::int`.mapWith(Number),
        people: sql<number>`count(*)::int`.mapWith(Number),
      })
      .from(sql`(${people}) as person`)
      .groupBy(...(perIssuer ? [sql`1`, sql`2`] : [sql`1`]));
  };
  const rows = (await Promise.all([count(true), count(false)])).flat();
  return new Map(rows.map((r) => [`${r.kind}\u0000${r.issuer}`, r]));
}

/** Badges per issuer from sums, gaps and links already read. */
function badgesOf(
  { sums, measure }: Counts,
  links: Awaited<ReturnType<typeof badgeLinks>>,
): SummaryTable {
  const cells = (place: string, issuer: string): SummaryCells => {
    const at = sums.get(place);
    const result: SummaryCells = { counts: {}, people: {} };
    for (const what of ['offered', 'accepted'] as const) {
      const m = at ? measure(at, place, what) : { count: 0, people: 0 };
      result.counts[what] = m.count;
      result.people[what] = m.people;
    }
    for (const kind of BADGE_KINDS) {
      const link = links.get(`${kind}\u0000${issuer}`);
      result.counts[kind] = link?.count ?? 0;
      result.people[kind] = link?.people ?? 0;
    }
    return result;
  };
  const rows = [...sums.entries()].flatMap(([place, at]) => {
    const [dim, key] = place.split('\u0000');
    return dim === 'issuer' &&
      key !== undefined &&
      (at.period.offered > 0 || at.period.accepted > 0)
      ? [{ key, cells: cells(place, key) }]
      : [];
  });
  return { total: cells(cell('all', 'all'), ''), rows };
}

/** Badges per issuer, as badgeTable gives them, from the summaries. */
export async function summaryBadgeTable(db: Db, scope: Scope): Promise<SummaryTable> {
  const [counts, links] = await Promise.all([
    counted(db, scope, ['all', 'issuer']),
    badgeLinks(db, scope),
  ]);
  return badgesOf(counts, links);
}

/** The dashboard's three activity tables at once: the sums and the gaps are read once for all. */
export async function summaryActivityTables(db: Db, scope: Scope) {
  const [counts, links] = await Promise.all([
    counted(db, scope, ['all', 'partner', 'thematique', 'issuer']),
    badgeLinks(db, scope),
  ]);
  return {
    partner: attendanceOf(counts, 'partner'),
    thematique: attendanceOf(counts, 'thematique'),
    badges: badgesOf(counts, links),
  };
}
