// Sign/verify throughput of @territoires/open-badges vs the bare libraries it wraps.
// Run: npm run open-badges -w @territoires/bench   (1 core with tinybench, 2 cores with worker_threads)
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Bench } from 'tinybench';
import { CASES, setup, type CaseName } from './cases.js';
import { PAIRS, paired } from './paired.js';

const WORKER_URL = new URL('./worker.ts', import.meta.url).href;
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Measured {
  median: number;
  hz: number;
  /** The median of each round, in order. */
  rounds: number[];
}

// The machine is shared: its load drifts during a run. Cases are measured in several short interleaved rounds
// (every case once per round), so a lib case and its bare twin see the same conditions; ratios are per round.
async function oneCore(): Promise<Map<CaseName, Measured>> {
  const cases = await setup();
  const samples = new Map<CaseName, number[]>();
  const out = new Map<CaseName, Measured>();
  for (let round = 0; round < ROUNDS; round += 1) {
    const bench = new Bench({ time: TIME_MS / ROUNDS, warmupTime: round === 0 ? 500 : 100 });
    for (const name of CASES) bench.add(name, cases[name]);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!result || result.error) throw new Error(`${task.name} failed: ${String(result?.error)}`);
      const name = task.name as CaseName;
      samples.set(name, [...(samples.get(name) ?? []), ...result.samples]);
      const previous = out.get(name);
      out.set(name, {
        median: 0,
        hz: (previous?.hz ?? 0) + result.hz / ROUNDS,
        rounds: [...(previous?.rounds ?? []), median(result.samples)],
      });
    }
  }
  for (const [name, all] of samples) {
    const entry = out.get(name);
    if (entry) entry.median = median(all);
  }
  return out;
}

function inWorkers(name: CaseName, workers: number): Promise<number> {
  const runs = Array.from({ length: workers }, () => {
    // Workers do not inherit tsx's loader: register it, then load the TypeScript worker.
    const entry = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
    const worker = new Worker(entry, {
      eval: true,
      workerData: { name, ms: TIME_MS },
      execArgv: ['--conditions=source'],
    });
    return new Promise<number>((resolve, reject) => {
      worker.once('message', (m: { count: number; ms: number }) => {
        resolve((m.count * 1000) / m.ms);
      });
      worker.once('error', reject);
    });
  });
  return Promise.all(runs).then((rates) => rates.reduce((a, b) => a + b, 0));
}

const single = await oneCore();
const rows = CASES.map((name) => {
  const r = single.get(name);
  return {
    case: name,
    'median ms': r?.median.toFixed(3),
    'ops/s (1 core, 1/median)': r ? Math.round(1000 / r.median) : 0,
    'ops/s (mean)': Math.round(r?.hz ?? 0),
  };
});
console.table(rows);

// Ratios from paired, alternating calls (see paired.ts): robust to the load drift of a shared machine.
const cases = await setup();
const scale = Number(process.env.BENCH_PAIRED_SCALE ?? 1);
console.log('lib / bare, paired alternating calls: median ratio [range over 5 blocks] (target)');
for (const pair of PAIRS) {
  const r = await paired(cases[pair.lib], cases[pair.bare], Math.round(pair.iterations * scale));
  const target = Number.isNaN(pair.target) ? 'for reference' : `target ≤ ${pair.target}`;
  console.log(
    `  ${pair.label.padEnd(58)} ${r.ratio.toFixed(2)} [${r.min.toFixed(2)}–${r.max.toFixed(2)}] (${target}; ${r.lib.toFixed(3)} / ${r.bare.toFixed(3)} ms)`,
  );
}

const cores = Math.min(2, availableParallelism());
const parallel: CaseName[] = [
  'lib.sign.embedded',
  'lib.verify.embedded',
  'lib.sign.jwt',
  'lib.verify.jwt',
  'bare.sign.embedded',
  'bare.verify.embedded',
];
for (const name of parallel) {
  console.log(
    `${name}: ${Math.round(await inWorkers(name, cores))} ops/s on ${cores} worker threads`,
  );
}
