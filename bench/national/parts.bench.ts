/**
 * Issue 21: where the dashboard's time goes at national scale, part by part (the same calls as
 * getIndicators makes): the report, the progress series, every breakdown at once, each one alone,
 * attendance per partner and per thématique, badges per issuer. Median of `--runs` (3) per part.
 *   DATABASE_URL=postgres://… npm run national-parts -w @territoires/bench -- [--period year|threeYears]
 *     [--programme-only]
 *   npm run national-parts -w @territoires/bench -- --data-dir DIR
 */
import { INDICATOR_DIMENSIONS } from '@territoires/contracts';
import { parseArgs } from 'node:util';
import { attendanceTable, badgeTable } from '../../apps/server/src/indicators/activity-figures.js';
import {
  allSummaryFigures,
  figuresBy,
  indicatorsReport,
} from '../../apps/server/src/indicators/figures.js';
import { DEFAULT_PROGRAMME } from '../../apps/server/src/indicators/programme.js';
import { progressSeries } from '../../apps/server/src/indicators/progress.js';
import { percentile } from '../support/server.js';
import { NATIONAL_PERIODS, openNationalDatabase } from './database.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    period: { type: 'string', default: 'year' },
    'data-dir': { type: 'string' },
    /** Only the programme's figures (attendance and badges take minutes at national scale). */
    'programme-only': { type: 'boolean', default: false },
  },
});
const scope = values.period === 'threeYears' ? NATIONAL_PERIODS.threeYears : NATIONAL_PERIODS.year;
const database = await openNationalDatabase(values['data-dir'], 'national-parts');
const { db } = database;
const parts: [string, () => Promise<unknown>][] = [
  ['report', () => indicatorsReport(db, scope, DEFAULT_PROGRAMME)],
  ['progress', () => progressSeries(db, scope, DEFAULT_PROGRAMME)],
  // As the dashboard reads them: every breakdown at once (the summaries where the scope allows).
  ['every breakdown', () => allSummaryFigures(db, scope)],
  ...INDICATOR_DIMENSIONS.map((d): [string, () => Promise<unknown>] => [
    `breakdown ${d}`,
    () => figuresBy(db, scope, d),
  ]),
];
if (!values['programme-only'])
  parts.push(
    ['attendance partner', () => attendanceTable(db, scope, 'partner')],
    ['attendance thematique', () => attendanceTable(db, scope, 'thematique')],
    ['badges', () => badgeTable(db, scope)],
  );
const medians: Record<string, number> = {};
for (const [name, part] of parts) {
  const times: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const started = performance.now();
    await part();
    times.push(performance.now() - started);
  }
  medians[name] = Math.round(
    percentile(
      [...times].sort((a, b) => a - b),
      50,
    ),
  );
  console.error(`${name}: ${String(medians[name])} ms`);
}
console.log(JSON.stringify({ database: database.kind, period: scope, medianMs: medians }));
await database.close();
