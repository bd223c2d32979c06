import { dataInclusionFileSchema, type ImportReport } from '@territoires/contracts';
import { readFile } from 'node:fs/promises';
import { exportCatalogue, runImport } from '../activities/index.js';
import type { Database } from '../db/database.js';
import { CliError } from './errors.js';

/** The catalogue as data·inclusion v1 JSON, for stdout. */
export async function catalogueExport(database: Database): Promise<string> {
  return JSON.stringify(await exportCatalogue(database.db), null, 2);
}

/** Reads and imports a data·inclusion v1 file, as coordination would; the report says what was refused. */
export async function catalogueImport(
  database: Database,
  path: string,
  now: Date,
): Promise<ImportReport> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(
      `Cannot read ${path} as JSON: ${error instanceof Error ? error.message : String(error)}`,
      2,
    );
  }
  const parsed = dataInclusionFileSchema.safeParse(json);
  if (!parsed.success)
    throw new CliError(
      `${path} is not a data·inclusion file: expected { "structures": [...], "services": [...] }.`,
      2,
    );
  return runImport(
    { database, clock: () => now },
    { actorId: null, coordination: true, adminOf: new Set() },
    parsed.data,
  );
}

export function reportLines(report: ImportReport): string[] {
  const lines = [
    `Accepted: ${String(report.accepted.structures)} structures, ${String(report.accepted.services)} services.`,
  ];
  if (report.rejected.length > 0) lines.push(`Rejected: ${String(report.rejected.length)} rows.`);
  for (const row of report.rejected)
    lines.push(
      `- ${row.kind} #${String(row.index)} (${row.id ?? 'no id'}): ${row.reasons.join('; ')}`,
    );
  return lines;
}
