/**
 * The filtered participant list under load, on PGlite (default) or PostgreSQL (DATABASE_URL).
 *   npm run build && npm run participants -w @territoires/bench -- [--count 100000] [--connections 20] [--seconds 10]
 *     [--data-dir DIR]  (PGlite: generate into DIR once and reuse it on later runs; kept afterwards)
 *     [--only TEXT]     (run only the scenarios whose name contains TEXT)
 *     [--writes N]      (meanwhile, N participant edits per second through the API: each one
 *                        invalidates the cached list pages)
 *     [--no-cache]      (the server recomputes every page: RESULT_CACHE=off)
 * Prints a Markdown table (p50/p95/p99 latency, requests/s), the start-up time on the existing data
 * directory and the server's RSS; writes bench/results/participants-list-<db>.json.
 */
import autocannon from 'autocannon';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../apps/server/src/db/open.js';
import { DEMO_PASSWORD, persona } from '../../apps/server/src/seed/personas.js';
import { seedReference } from '../../apps/server/src/seed/reference.js';
import { login, percentile, ROOT, startServer } from '../support/server.js';
import { generateParticipants } from './generate.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    'data-dir': { type: 'string' },
    only: { type: 'string' },
    writes: { type: 'string', default: '0' },
    'no-cache': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const writesPerSecond = Number(values.writes);
const serverEnv: Record<string, string> = values['no-cache'] ? { RESULT_CACHE: 'off' } : {};
const databaseUrl = process.env.DATABASE_URL;
const kind = databaseUrl ? 'postgres' : 'pglite';
const keptDir = databaseUrl ? undefined : values['data-dir'];
// A kept directory holds its participant count, so a run with another --count regenerates.
const keptMarker = keptDir ? join(keptDir, `generated-${String(count)}`) : undefined;

async function prepare(): Promise<Record<string, string>> {
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query('drop database if exists tp_bench with (force)');
    await admin.query('create database tp_bench');
    await admin.end();
    const url = new URL(databaseUrl);
    url.pathname = '/tp_bench';
    return { DATABASE_URL: url.toString() };
  }
  if (keptDir) {
    if (keptMarker && !existsSync(keptMarker)) rmSync(keptDir, { recursive: true, force: true });
    mkdirSync(keptDir, { recursive: true });
    return { DATA_DIR: keptDir };
  }
  return { DATA_DIR: mkdtempSync(join(tmpdir(), 'tp-bench-')) };
}

async function load(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  if (keptMarker && existsSync(keptMarker)) return Number.NaN;
  const database = await openDatabase(
    { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' },
    'bench',
  );
  await database.migrate();
  const reference = await seedReference(database.db, new Date());
  await generateParticipants(database.db, count, reference);
  await database.close();
  if (keptMarker) writeFileSync(keptMarker, '');
  return performance.now() - started;
}

/**
 * Edits the most recent participant `perSecond` times a second (the commune changes, its version
 * and last event move) until stopped; returns the edits' latencies.
 */
function startWriter(url: string, who: { cookie: string; csrfToken: string }, perSecond: number) {
  const latencies: number[] = [];
  let running = perSecond > 0;
  const done = (async () => {
    const headers = { cookie: who.cookie, 'x-csrf-token': who.csrfToken };
    const first = await fetch(`${url}/api/participants?pageSize=1`, { headers });
    const top = ((await first.json()) as { items: { id: string; version: number }[] }).items[0];
    if (!top) throw new Error('no participant to edit');
    let version = top.version;
    for (let i = 0; running; i++) {
      const started = performance.now();
      const res = await fetch(`${url}/api/participants/${top.id}`, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ version, commune: `Commune ${String(i)}` }),
      });
      if (!res.ok) throw new Error(`edit answered ${String(res.status)}`);
      version = ((await res.json()) as { version: number }).version;
      const took = performance.now() - started;
      latencies.push(took);
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 / perSecond - took)));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return latencies.sort((a, b) => a - b);
    },
  };
}

async function measure(url: string, path: string, cookie: string) {
  const latencies: number[] = [];
  const writer = startWriter(url, coordination, writesPerSecond);
  const cpuBefore = server.cpuMs();
  const options = { url: `${url}${path}`, connections, duration: seconds, headers: { cookie } };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, done: autocannon.Result) => {
      if (error) reject(error instanceof Error ? error : new Error('autocannon failed'));
      else resolve(done);
    });
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status !== 200) reject(new Error(`${path} answered ${String(status)}`));
      latencies.push(ms);
    });
  });
  latencies.sort((a, b) => a - b);
  const cpuMs = server.cpuMs() - cpuBefore;
  const writes = await writer.stop();
  return {
    path,
    requests: latencies.length,
    rps: Math.round(result.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.non2xx,
    // Server CPU per request: what the engine and the handler cost, whatever the machine's load.
    cpuMsPerRequest: cpuMs / Math.max(1, latencies.length),
    writes: writes.length,
    writeP50: percentile(writes, 50),
  };
}

const env = await prepare();
const loadMs = await load(env);
const server = await startServer({ ...env, ...serverEnv });
const idleRssMiB = server.rssKiB() / 1024;
const coordination = await login(server.url, persona('coordination').email, DEMO_PASSWORD);
const referent = await login(server.url, persona('referent').email, DEMO_PASSWORD);
const scenarios: [string, string, string][] = [
  ['coordination, first page', '/api/participants?pageSize=50', coordination.cookie],
  [
    'coordination, phase filter',
    '/api/participants?phase=accompaniment&pageSize=50',
    coordination.cookie,
  ],
  [
    'coordination, territory + alert',
    '/api/participants?territory=caen_chemin_vert&alert=inactive',
    coordination.cookie,
  ],
  ['coordination, page 100', '/api/participants?page=100&pageSize=50', coordination.cookie],
  ['coordination, pseudonym search', '/api/participants?q=bench%20123', coordination.cookie],
  ['référent, own participants', '/api/participants?pageSize=50', referent.cookie],
  [
    'référent, filtered by référent + phase',
    `/api/participants?phase=insertion&pageSize=50`,
    referent.cookie,
  ],
];
// Warm-up (JIT, PGlite's buffers), not measured: otherwise the first scenario pays for it.
await new Promise((resolve, reject) => {
  autocannon(
    {
      url: `${server.url}/api/participants?pageSize=50`,
      connections,
      duration: 3,
      headers: { cookie: coordination.cookie },
    },
    (error: unknown) => {
      if (error) reject(error instanceof Error ? error : new Error('warm-up failed'));
      else resolve(undefined);
    },
  );
});
const rows = [];
for (const [name, path, cookie] of scenarios.filter(([n]) => n.includes(values.only ?? '')))
  rows.push({ name, ...(await measure(server.url, path, cookie)) });
const loadedRssMiB = server.rssKiB() / 1024;
await server.stop();
// Start-up on the existing data directory, measured on a second start (the first one applied migrations).
const again = await startServer(env);
const restartMs = again.healthyAfterMs;
const restartIdleRssMiB = again.rssKiB() / 1024;
await again.stop();
if (env.DATA_DIR && !keptDir) rmSync(env.DATA_DIR, { recursive: true, force: true });

const summary = {
  kind,
  cache: !values['no-cache'],
  writesPerSecond,
  count,
  connections,
  seconds,
  loadMs,
  restartMs,
  idleRssMiB: restartIdleRssMiB,
  firstIdleRssMiB: idleRssMiB,
  loadedRssMiB,
  rows,
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(
    ROOT,
    `bench/results/participants-list-${kind}${values['no-cache'] ? '-nocache' : ''}${writesPerSecond > 0 ? `-writes${String(writesPerSecond)}` : ''}.json`,
  ),
  JSON.stringify(summary, null, 2),
);
console.log(
  `\n${kind}${values['no-cache'] ? ' (RESULT_CACHE=off)' : ''}: ${String(count)} participants, ${String(connections)} connections, ${String(seconds)} s per scenario${writesPerSecond > 0 ? `, ${String(writesPerSecond)} edits/s meanwhile` : ''}`,
);
console.log(
  '| scenario | p50 ms | p95 ms | p99 ms | req/s | server CPU ms/req |\n|---|---|---|---|---|---|',
);
for (const r of rows)
  console.log(
    `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${String(r.rps)} | ${r.cpuMsPerRequest.toFixed(2)} |`,
  );
if (writesPerSecond > 0)
  for (const r of rows)
    console.log(`${r.name}: ${String(r.writes)} edits, p50 ${r.writeP50.toFixed(1)} ms`);
console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `start-up on the existing database: healthy after ${restartMs.toFixed(0)} ms; idle RSS ${restartIdleRssMiB.toFixed(0)} MiB, after load ${loadedRssMiB.toFixed(0)} MiB`,
);
