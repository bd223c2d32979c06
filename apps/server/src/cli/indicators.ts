import { indicatorsQuerySchema, type IndicatorsReport } from '@territoires/contracts';
import type { Database } from '../db/database.js';
import {
  indicatorsReport,
  programmeFromEnv,
  type Programme,
  type Scope,
} from '../indicators/index.js';
import { CliError } from './errors.js';

export interface IndicatorsOptions {
  from: string;
  to: string;
  territory?: string;
  organisation?: string;
}

/**
 * Reads the options with the API's own query schema; a bad value is the user's mistake (exit 2),
 * caught before the database opens.
 */
export function parseIndicatorsOptions(options: IndicatorsOptions): Scope {
  const parsed = indicatorsQuerySchema.safeParse(options);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => `--${String(i.path[0] ?? '')}`))];
    throw new CliError(
      `Invalid ${fields.join(', ')}: dates as YYYY-MM-DD, a territory code, an organisation id.`,
      2,
    );
  }
  const { from, to, territory, organisation } = parsed.data;
  if (from > to) throw new CliError('--from must not be after --to.', 2);
  return { from, to, territory, organisationId: organisation };
}

/** The programme's start and targets from the environment; a bad one is refused (exit 1). */
export function programmeOf(env: NodeJS.ProcessEnv): Programme {
  try {
    return programmeFromEnv(env);
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** `territoires indicators`: the figures of docs/indicators.md, as the dashboard computes them. */
export const indicatorsFigures = (
  database: Database,
  scope: Scope,
  programme: Programme,
): Promise<IndicatorsReport> => indicatorsReport(database.db, scope, programme);

/** The same figures as a few lines for a person. */
export function indicatorsLines(report: IndicatorsReport): string[] {
  const exits = Object.entries(report.exits).map(([category, n]) => `${category} ${n}`);
  return [
    `Period ${report.from} to ${report.to}${report.territory ? `, territory ${report.territory}` : ''}${report.organisation ? `, organisation ${report.organisation}` : ''}`,
    `Engaged since ${report.programme.start}: ${report.engaged} / ${report.programme.engagedTarget}; dynamic exits ${report.programme.dynamicExits} / ${report.programme.dynamicExitsTarget}`,
    `Entries ${report.entries} (re-entries ${report.reentries}); discovery ${report.discovery.created} (signed by the end: ${report.discovery.signedBy})`,
    `Exits: ${exits.join(', ')}`,
    `Dynamic exits ${report.dynamicExits}; civic and volunteering ${report.civicExits}`,
    `15 months: ${report.compliance.withinFifteenMonths} of ${report.compliance.exitsAfterContract} exits within; ${report.compliance.activePastFifteenMonths} active contracts past`,
    `Median days: contact to contract ${report.durations.contactToContractDays ?? '-'}, contract to exit ${report.durations.contractToExitDays ?? '-'}`,
  ];
}
