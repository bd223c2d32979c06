import type { AttendanceFigures, BadgeFigures, IndicatorsResponse } from '@territoires/contracts';
import type { Db } from '../db/database.js';
import { attendance, badgesByIssuer, type AttendanceDimension } from './activity-definitions.js';
import {
  activitySummarised,
  summaryActivityTables,
  summaryAttendanceTable,
  summaryBadgeTable,
} from './activity-summaries.js';
import type { Scope } from './definitions.js';
import { SMALL_CELL, suppressColumn } from './suppression.js';

/*
 * The activity tables of the dashboard (attendance per partner and per thématique, badges per
 * issuer): each count beside the distinct people behind it, which the masking counts.
 */

export type Counts = Record<string, number>;
/** A row's counts and, per count, the distinct people behind it. */
export interface RawCells {
  counts: Counts;
  people: Counts;
}
export interface RawTable {
  total: RawCells;
  rows: { key: string; cells: RawCells }[];
}

const small = (n: number) => n > 0 && n < SMALL_CELL;

const attendanceCells = (row: { participants: number; presences: number }): RawCells => ({
  counts: { participants: row.participants, presences: row.presences },
  people: { participants: row.participants, presences: row.participants },
});

const BADGE_COLUMNS = ['offered', 'accepted', 'shared', 'endorsed'] as const;
type BadgeRow = Record<
  (typeof BADGE_COLUMNS)[number] | `${(typeof BADGE_COLUMNS)[number]}People`,
  number
>;
const badgeCells = (row: BadgeRow): RawCells => ({
  counts: Object.fromEntries(BADGE_COLUMNS.map((c) => [c, row[c]])),
  people: Object.fromEntries(BADGE_COLUMNS.map((c) => [c, row[`${c}People`]])),
});

const byKey = <R extends { key: string }>(rows: readonly R[]) =>
  [...rows].sort((a, b) => a.key.localeCompare(b.key));

/** Attendance per partner or thématique: from the summaries where they hold the scope (ADR 0030). */
export async function attendanceTable(
  db: Db,
  scope: Scope,
  dimension: AttendanceDimension,
): Promise<RawTable> {
  if (!activitySummarised(scope)) return queryAttendanceTable(db, scope, dimension);
  const table = await summaryAttendanceTable(db, scope, dimension);
  return { total: table.total, rows: byKey(table.rows) };
}

/** Attendance per partner or thématique from the base tables (activity-definitions.ts). */
export async function queryAttendanceTable(
  db: Db,
  scope: Scope,
  dimension: AttendanceDimension,
): Promise<RawTable> {
  const [total] = await attendance(db, scope);
  const rows = await attendance(db, scope, dimension);
  return {
    total: attendanceCells(total ?? { participants: 0, presences: 0 }),
    rows: byKey(rows).map((row) => ({ key: row.key, cells: attendanceCells(row) })),
  };
}

const noBadges = Object.fromEntries(
  BADGE_COLUMNS.flatMap((c) => [
    [c, 0],
    [`${c}People`, 0],
  ]),
) as BadgeRow;

/** Badges per issuer: from the summaries where they hold the scope (ADR 0030). */
export async function badgeTable(db: Db, scope: Scope): Promise<RawTable> {
  if (!activitySummarised(scope)) return queryBadgeTable(db, scope);
  const table = await summaryBadgeTable(db, scope);
  return { total: table.total, rows: byKey(table.rows) };
}

/** Badges per issuer from the base tables (activity-definitions.ts). */
export async function queryBadgeTable(db: Db, scope: Scope): Promise<RawTable> {
  const [total] = await badgesByIssuer(db, scope, false);
  const rows = await badgesByIssuer(db, scope);
  return {
    total: badgeCells(total ?? noBadges),
    rows: byKey(rows).map((row) => ({ key: row.key, cells: badgeCells(row) })),
  };
}

type Masked = Record<string, number | null>;

/**
 * The masking of docs/indicators.md#masking on a table: a count whose distinct people are 1 to 4 is
 * masked; in a column, a lone masked cell gets its complement (the rows of the partner and issuer
 * tables add up to the total's marks and awards; the thématique rows do not, masking alike is safe).
 */
export function suppressTable(table: RawTable): { total: Masked; rows: Masked[] } {
  const columns = Object.keys(table.total.counts);
  const total: Masked = {};
  for (const c of columns)
    total[c] = small(table.total.people[c] ?? 0) ? null : (table.total.counts[c] ?? 0);
  const rows: Masked[] = table.rows.map(() => ({}));
  for (const c of columns) {
    const column = suppressColumn(
      table.rows.map((r) => r.cells.counts[c] ?? 0),
      total[c] ?? null,
      table.rows.map((r) => small(r.cells.people[c] ?? 0)),
    );
    column.forEach((value, i) => {
      const row = rows[i];
      if (row) row[c] = value;
    });
  }
  return { total, rows };
}

const plain = (table: RawTable) => ({
  total: table.total.counts,
  rows: table.rows.map((r) => r.cells.counts),
});

/** Attendance per partner and per thématique, badges per issuer: the summaries read once where they hold the scope. */
async function activityTables(db: Db, scope: Scope) {
  if (!activitySummarised(scope))
    return {
      partner: await queryAttendanceTable(db, scope, 'partner'),
      thematique: await queryAttendanceTable(db, scope, 'thematique'),
      badges: await queryBadgeTable(db, scope),
    };
  const tables = await summaryActivityTables(db, scope);
  const sorted = (table: RawTable) => ({ total: table.total, rows: byKey(table.rows) });
  return {
    partner: sorted(tables.partner),
    thematique: sorted(tables.thematique),
    badges: sorted(tables.badges),
  };
}

/** The tables as the response carries them, masked for aggregate-only viewers, with labels. */
export async function activityFigures(
  db: Db,
  scope: Scope,
  masked: boolean,
  labelOf: (keys: string[]) => Promise<Map<string, string>>,
): Promise<Pick<IndicatorsResponse, 'attendance' | 'badges'>> {
  const shape = async <F>(table: RawTable, byLabel: boolean) => {
    const view = masked ? suppressTable(table) : plain(table);
    const labels = byLabel
      ? await labelOf(table.rows.map((r) => r.key))
      : new Map<string, string>();
    return {
      total: view.total as F,
      rows: table.rows.map((r, i) => ({
        key: r.key,
        label: labels.get(r.key) ?? null,
        figures: (view.rows[i] ?? {}) as F,
      })),
    };
  };
  const tables = await activityTables(db, scope);
  return {
    attendance: {
      partners: await shape<AttendanceFigures>(tables.partner, true),
      thematiques: await shape<AttendanceFigures>(tables.thematique, false),
    },
    badges: { issuers: await shape<BadgeFigures>(tables.badges, true) },
  };
}
