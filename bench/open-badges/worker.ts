import { parentPort, workerData } from 'node:worker_threads';
import { setup, type CaseName } from './cases.js';

// Runs one case in a tight loop for a fixed time and reports how many operations completed.
const { name, ms } = workerData as { name: CaseName; ms: number };
const cases = await setup();
const run = cases[name];
// A fresh worker starts cold (JIT, jsonld's context caches): warm up for a second, and measure for at
// least three, or the two-core figure mostly measures start-up.
const warm = performance.now() + 1_000;
while (performance.now() < warm) await run();
const start = performance.now();
const end = start + Math.max(ms, 3_000);
let count = 0;
while (performance.now() < end) {
  await run();
  count += 1;
}
parentPort?.postMessage({ count, ms: performance.now() - start });
