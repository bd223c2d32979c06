/**
 * Catalogue search under load, on PGlite (default) or PostgreSQL (DATABASE_URL).
 *   npm run build && npm run catalogue -w @territoires/bench -- [--activities 5000] [--sessions 200000] [--connections 10] [--seconds 10]
 * Prints a Markdown table (p50/p95/p99 latency, requests/s); writes bench/results/catalogue-<db>.json.
 */
import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/open.js';
import { DEMO_PASSWORD, persona } from '../apps/server/src/seed/personas.js';
import { seedReference } from '../apps/server/src/seed/reference.js';
import { generateCatalogue } from './catalogue/generate.js';
import { login, percentile, ROOT, startServer } from './support/server.js';

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '5000' },
    sessions: { type: 'string', default: '200000' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
  },
});
const activityCount = Number(values.activities);
const sessionCount = Number(values.sessions);
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const databaseUrl = process.env.DATABASE_URL;
const kind = databaseUrl ? 'postgres' : 'pglite';

async function prepare(): Promise<Record<string, string>> {
  if (!databaseUrl) return { DATA_DIR: mkdtempSync(join(tmpdir(), 'tp-bench-catalogue-')) };
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query('drop database if exists tp_bench_catalogue with (force)');
  await admin.query('create database tp_bench_catalogue');
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = '/tp_bench_catalogue';
  return { DATABASE_URL: url.toString() };
}

async function load(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const database = await openDatabase(
    { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' },
    'bench',
  );
  await database.migrate();
  const reference = await seedReference(database.db, new Date());
  await generateCatalogue(database.db, reference, activityCount, sessionCount);
  await database.close();
  return performance.now() - started;
}

/** Each request takes the next query of the mix, so filters vary within one run. */
async function measure(url: string, paths: string[], cookie: string) {
  const latencies: number[] = [];
  let next = 0;
  const requests = paths.map(() => ({
    setupRequest: (request: autocannon.Request) => ({
      ...request,
      path: paths[next++ % paths.length],
    }),
  }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers: { cookie }, requests },
      (error: unknown, done: autocannon.Result) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed'));
        else resolve(done);
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status !== 200) reject(new Error(`answered ${String(status)}`));
      latencies.push(ms);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: Math.round(result.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

const env = await prepare();
const loadMs = await load(env);
const server = await startServer(env);
const partner = await login(server.url, persona('partner').email, DEMO_PASSWORD);
const scenarios: [string, string[]][] = [
  // Calibration: the session check every route pays, to read the others on a busy machine.
  ['baseline: session check only (/api/auth/me)', ['/api/auth/me']],
  ['this week, no filter', ['/api/catalogue?period=this_week']],
  ['browse by title (staff)', ['/api/catalogue?kind=fablab']],
  [
    'mixed filters',
    [
      '/api/catalogue?period=this_week&theme=remobilisation',
      '/api/catalogue?weekday=3&kind=garden',
      '/api/catalogue?period=next_4_weeks&territory=caen_chemin_vert',
      '/api/catalogue?period=this_week&commune=Ifs&q=jardin',
      '/api/catalogue?period=next_week&kind=sport&weekday=6',
      '/api/catalogue?q=cin%C3%A9ma',
    ],
  ],
];
const rows = [];
for (const [name, paths] of scenarios)
  rows.push({ name, ...(await measure(server.url, paths, partner.cookie)) });
await server.stop();
if (env.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });

const summary = { kind, activityCount, sessionCount, connections, seconds, loadMs, rows };
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, `bench/results/catalogue-${kind}.json`), JSON.stringify(summary, null, 2));
console.log(
  `\n${kind}: ${String(activityCount)} activities, ${String(sessionCount)} sessions, ${String(connections)} connections, ${String(seconds)} s per scenario (load ${(loadMs / 1000).toFixed(0)} s)`,
);
console.log('| scenario | p50 ms | p95 ms | p99 ms | req/s |\n|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${String(r.rps)} |`,
  );
