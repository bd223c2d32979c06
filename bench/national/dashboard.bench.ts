/**
 * Issue 21: the full dashboard (GET /api/indicators as coordination sees it: every figure, the
 * programme's progress, the 13 breakdowns, attendance and badges) for a year and for the
 * programme's three years, on a national dataset (national/generate.ts). Each is timed `--runs`
 * times after `--warmup` runs (1); the median is the figure. `--period year|threeYears|both`.
 *   DATABASE_URL=postgres://… npm run national-dashboard -w @territoires/bench
 *   npm run national-dashboard -w @territoires/bench -- --data-dir DIR
 * Budget: under 1 s each.
 */
import { sql } from 'drizzle-orm';
import { parseArgs } from 'node:util';
import type { Actor } from '../../apps/server/src/auth/actor.js';
import { participants } from '../../apps/server/src/db/schema.js';
import { DEFAULT_PROGRAMME } from '../../apps/server/src/indicators/programme.js';
import { getIndicators } from '../../apps/server/src/indicators/service.js';
import { percentile } from '../support/server.js';
import { NATIONAL_PERIODS, openNationalDatabase } from './database.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    period: { type: 'string', default: 'both' },
    'data-dir': { type: 'string' },
    role: { type: 'string', default: 'coordination' },
  },
});
const role = values.role === 'evaluator' ? 'evaluator' : 'coordination';
const database = await openNationalDatabase(values['data-dir'], 'national-dashboard');
const services = { database };
const [organisation] = await database.db
  .select({
    id: participants.organisationId,
    people: sql<number>`(select count(*) from participants)`.mapWith(Number),
  })
  .from(participants)
  .limit(1);
if (!organisation) throw new Error('No participants: run national-generate first.');
const actor: Actor = {
  staffId: '00000000-0000-4000-8000-000000000001',
  displayName: 'Bench',
  memberships: [{ organisationId: organisation.id, role }],
};

const runs = Number(values.runs);
const warmup = Number(values.warmup);
const periods = Object.entries(NATIONAL_PERIODS).filter(
  ([name]) => values.period === 'both' || values.period === name,
);
const results: Record<string, { medianMs: number; minMs: number; maxMs: number }> = {};
for (const [name, period] of periods) {
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    await getIndicators(services, actor, period, DEFAULT_PROGRAMME);
    const ms = performance.now() - started;
    // At national scale one run takes minutes: each is printed as it ends.
    console.error(
      `${name} run ${String(i + 1)}${i < warmup ? ' (warm-up)' : ''}: ${ms.toFixed(0)} ms`,
    );
    if (i >= warmup) times.push(ms);
  }
  results[name] = {
    medianMs: Math.round(
      percentile(
        [...times].sort((a, b) => a - b),
        50,
      ),
    ),
    minMs: Math.round(Math.min(...times)),
    maxMs: Math.round(Math.max(...times)),
  };
}
console.log(
  JSON.stringify({
    database: database.kind,
    participants: organisation.people,
    role,
    runs,
    ...results,
  }),
);
await database.close();
