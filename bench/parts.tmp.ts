import { openNationalDatabase, NATIONAL_PERIODS } from './national/database.js';
import { rangeSums, straddling, SUMMARY_DIMENSIONS } from '../apps/server/src/indicators/summaries.js';
import { summaryMedians } from '../apps/server/src/indicators/summary-medians.js';
import { summaryAttendanceTable, summaryBadgeTable } from '../apps/server/src/indicators/activity-summaries.js';
const database = await openNationalDatabase(process.argv[2], 'x');
const { db } = database;
const s = process.argv[3] === '3y' ? NATIONAL_PERIODS.threeYears : NATIONAL_PERIODS.year;
const time = async (name: string, f: () => Promise<unknown>) => {
  const ts: number[] = [];
  for (let i = 0; i < 3; i++) { const t = performance.now(); await f(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b); console.log(name, Math.round(ts[1]!));
};
await time('rangeSums period', () => rangeSums(db, s.from, s.to, SUMMARY_DIMENSIONS));
await time('rangeSums upTo', () => rangeSums(db, null, s.to, SUMMARY_DIMENSIONS));
await time('rangeSums before', () => rangeSums(db, null, '2021-12-31', SUMMARY_DIMENSIONS));
await time('straddling all dims', () => straddling(db, s.from, s.to, SUMMARY_DIMENSIONS));
await time('straddling all', () => straddling(db, s.from, s.to, ['all']));
await time('medians', () => summaryMedians(db, s.from, s.to, SUMMARY_DIMENSIONS));
await time('attendance partner', () => summaryAttendanceTable(db, s, 'partner'));
await time('attendance thematique', () => summaryAttendanceTable(db, s, 'thematique'));
await time('badges', () => summaryBadgeTable(db, s));
await database.close();
