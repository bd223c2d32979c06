/**
 * Issue 17: an employer opens a share page (GET /partage/<token>: the badge and its live
 * verification) and anyone verifies one of our credentials (POST /api/verify, JSON). 20
 * connections each, the server in its own process (share-server.ts), every request from its own
 * address behind one trusted proxy (the per-address rate limits stay as in production).
 *   [RESULT_CACHE=off] npm run share-verify -w @territoires/bench -- [--connections 20] [--duration 10]
 * On PGlite in memory (default) or PostgreSQL: DATABASE_URL=postgres://…/<db> (that database is only
 * used to drop and create the scratch database tp_bench_share).
 * Target: p95 under 100 ms.
 */
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { percentile } from '../support/server.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '20' },
    duration: { type: 'string', default: '10' },
  },
});
const connections = Number(values.connections);
const duration = Number(values.duration);

interface Ready {
  url: string;
  token: string;
  credential: unknown;
}

const child = fork(new URL('./share-server.ts', import.meta.url).pathname, {
  execArgv: process.execArgv,
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const ready = await new Promise<Ready>((resolve, reject) => {
  child.once('message', (message) => {
    resolve(message as Ready);
  });
  child.once('exit', (code) => {
    reject(new Error(`the server exited (${String(code)})`));
  });
});

let visitor = 0;
const nextAddress = () => {
  visitor += 1;
  return `10.${String((visitor >> 16) & 255)}.${String((visitor >> 8) & 255)}.${String(visitor & 255)}`;
};

async function run(name: string, request: autocannon.Request, seconds: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: ready.url,
        connections,
        duration: seconds,
        requests: [
          {
            ...request,
            setupRequest: (req) => ({
              ...req,
              headers: { ...req.headers, 'x-forwarded-for': nextAddress() },
            }),
          },
        ],
      },
      (error: unknown, done: autocannon.Result) => {
        if (error) reject(error instanceof Error ? error : new Error('autocannon failed'));
        else resolve(done);
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status !== 200) reject(new Error(`${name} answered ${String(status)}`));
      latencies.push(ms);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    rps: Math.round(result.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

const share: autocannon.Request = { method: 'GET', path: `/partage/${ready.token}` };
const verify: autocannon.Request = {
  method: 'POST',
  path: '/api/verify',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(ready.credential),
};
try {
  // Warm-up: the library's first load, JIT.
  await run('warm-up', share, 2);
  await run('warm-up', verify, 2);
  const rows = [
    await run('GET /partage/<token>', share, duration),
    await run('POST /api/verify', verify, duration),
  ];
  console.log(
    `${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, result cache ${process.env.RESULT_CACHE === 'off' ? 'off' : 'on'}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${String(connections)} connections, ${String(duration)} s each`,
  );
  console.log('| request | requests | req/s | p50 | p95 | p99 | target p95 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${String(r.requests)} | ${String(r.rps)} | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | under 100 ms |`,
    );
} finally {
  child.kill();
}
