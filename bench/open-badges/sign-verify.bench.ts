// Sign/verify throughput of @territoires/open-badges vs the bare libraries it wraps.
// Run: npm run open-badges -w @territoires/bench   (1 core with tinybench, 2 cores with worker_threads)
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Bench } from 'tinybench';
import { CASES, setup, type CaseName } from './cases.js';

const WORKER_URL = new URL('./worker.ts', import.meta.url).href;
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 3000);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function oneCore(): Promise<Map<CaseName, { median: number; hz: number }>> {
  const cases = await setup();
  const bench = new Bench({ time: TIME_MS, warmupTime: 500 });
  for (const name of CASES) bench.add(name, cases[name]);
  await bench.run();
  const out = new Map<CaseName, { median: number; hz: number }>();
  for (const task of bench.tasks) {
    const result = task.result;
    if (!result || result.error) throw new Error(`${task.name} failed: ${String(result?.error)}`);
    out.set(task.name as CaseName, { median: median(result.samples), hz: result.hz });
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

const ratio = (lib: CaseName, bare: CaseName): string =>
  ((single.get(lib)?.median ?? 0) / (single.get(bare)?.median ?? 1)).toFixed(2);
console.log('overhead ratio (median lib / median bare):');
console.log(`  sign embedded   ${ratio('lib.sign.embedded', 'bare.sign.embedded')}`);
console.log(`  verify embedded ${ratio('lib.verify.embedded', 'bare.verify.embedded')}`);
console.log(
  `  sign jwt        ${ratio('lib.sign.jwt', 'bare.sign.jwt')} (with JSON-LD safe mode), ${ratio('lib.sign.jwt.nojsonld', 'bare.sign.jwt')} (schema only)`,
);
console.log(`  verify jwt      ${ratio('lib.verify.jwt', 'bare.verify.jwt')}`);
console.log(
  'against the node:crypto primitive the library now uses for VC-JWT (lib / bare node:crypto):',
);
console.log(
  `  sign jwt        ${ratio('lib.sign.jwt', 'bare.sign.jwt.nodecrypto')} (with JSON-LD safe mode), ${ratio('lib.sign.jwt.nojsonld', 'bare.sign.jwt.nodecrypto')} (schema only)`,
);
console.log(`  verify jwt      ${ratio('lib.verify.jwt', 'bare.verify.jwt.nodecrypto')}`);

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
