import {
  PARTICIPANT_EXPORT_COLUMNS,
  type IndicatorsExportQuery,
  type IndicatorsResponse,
  type ParticipantsExportQuery,
} from '@territoires/contracts';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import type { Services } from '../services.js';
import { fileOf, type FileOut, type Sheet } from './files.js';
import { participantRows } from './participant-rows.js';
import { requireParticipantExport } from './policy.js';
import type { Programme } from './programme.js';
import { pseudonymousId } from './pseudonyms.js';
import { getIndicators, requirePeriod } from './service.js';
import { flatten } from './suppression.js';

/** What a masked count reads in a file (the dashboard says "fewer than 5"). */
export const MASKED = '<5';

const cell = (value: number | null, path: string): string | number | null =>
  value === null ? (path.endsWith('Days') ? null : MASKED) : value;

/** The report as sheets: the totals and the programme first, then one sheet per breakdown. */
export function reportSheets(report: IndicatorsResponse): Sheet[] {
  const total = flatten(report.figures);
  const { programme } = report;
  const summary: Sheet = {
    name: 'total',
    columns: ['figure', 'value'],
    rows: [
      ['from', report.from],
      ['to', report.to],
      ['territory', report.territory],
      ['organisation', report.organisation],
      ['programme.start', programme.start],
      ['programme.end', programme.end],
      ['programme.engaged', cell(programme.engaged, 'engaged')],
      ['programme.engagedTarget', programme.engagedTarget],
      ['programme.dynamicExits', cell(programme.dynamicExits, 'dynamicExits')],
      ['programme.dynamicExitsTarget', programme.dynamicExitsTarget],
      ...Object.entries(total).map(([path, value]) => [path, cell(value, path)]),
    ],
  };
  const paths = Object.keys(total);
  const breakdowns = report.breakdowns.map((b): Sheet => ({
    name: b.dimension,
    columns: ['key', 'label', ...paths],
    rows: b.rows.map((row) => {
      const flat = flatten(row.figures);
      return [row.key, row.label, ...paths.map((path) => cell(flat[path] ?? null, path))];
    }),
  }));
  return [summary, ...breakdowns, ...activitySheets(report)];
}

type ActivityTable = { total: Record<string, number | null> } & {
  rows: { key: string; label: string | null; figures: Record<string, number | null> }[];
};

/** The attendance and badge tables (docs/indicators.md#attendance, #badges): a sheet each, total first. */
export function activitySheets(report: IndicatorsResponse): Sheet[] {
  const tables: [string, ActivityTable][] = [
    ['attendance.partners', report.attendance.partners],
    ['attendance.thematiques', report.attendance.thematiques],
    ['badges.issuers', report.badges.issuers],
  ];
  return tables.map(([name, table]) => {
    const columns = Object.keys(table.total);
    const line = (figures: Record<string, number | null>) =>
      columns.map((c) => cell(figures[c] ?? null, c));
    return {
      name,
      columns: ['key', 'label', ...columns],
      rows: [
        ['all', null, ...line(table.total)],
        ...table.rows.map((row) => [row.key, row.label, ...line(row.figures)]),
      ],
    };
  });
}

/** The aggregate report, masked as the dashboard is for this viewer. */
export async function exportIndicators(
  services: Services,
  actor: Actor,
  query: IndicatorsExportQuery,
  programme: Programme,
): Promise<FileOut> {
  const { format, ...filters } = query;
  const report = await getIndicators(services, actor, filters, programme);
  return fileOf(reportSheets(report), format, `indicateurs-${query.from}-${query.to}`);
}

/** The evaluators' participant-level file: pseudonymous, no names nor contacts nor text; audited. */
export async function exportParticipants(
  services: Services,
  actor: Actor,
  query: ParticipantsExportQuery,
  pseudonymKey: Buffer,
): Promise<FileOut> {
  requirePeriod(query);
  requireParticipantExport(actor);
  const { db } = services.database;
  const scope = {
    from: query.from,
    to: query.to,
    territory: query.territory,
    organisationId: query.organisation,
  };
  const rows = (await participantRows(db, scope)).map((r) => ({
    ...r,
    pseudonymousId: pseudonymousId(pseudonymKey, r.id, query.salt),
  }));
  // Sorted by the pseudonymous id: the order says nothing of when anyone arrived.
  rows.sort((a, b) => a.pseudonymousId.localeCompare(b.pseudonymousId));
  const sheet: Sheet = {
    name: 'participants',
    columns: [...PARTICIPANT_EXPORT_COLUMNS],
    rows: rows.map((r) =>
      PARTICIPANT_EXPORT_COLUMNS.map((column) => {
        const value = r[column];
        return typeof value === 'boolean' ? String(value) : (value ?? null);
      }),
    ),
  };
  const file = await fileOf([sheet], query.format, `participants-${query.from}-${query.to}`);
  await db.transaction((tx) =>
    recordAudit(
      tx,
      {
        actorId: actor.staffId,
        action: 'indicators.participants_export',
        entityType: 'indicators_export',
        entityId: `${query.from}..${query.to}`,
        after: {
          from: query.from,
          to: query.to,
          territory: query.territory ?? null,
          organisation: query.organisation ?? null,
          format: query.format,
          salted: query.salt !== undefined,
          rows: rows.length,
        },
      },
      services.clock(),
    ),
  );
  return file;
}
