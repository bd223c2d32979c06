import { parentPort, workerData } from 'node:worker_threads';
import { setup, type CaseName } from './cases.js';

// Runs one case in a tight loop for a fixed time and reports how many operations completed.
const { name, ms } = workerData as { name: CaseName; ms: number };
const cases = await setup();
const run = cases[name];
for (let i = 0; i < 20; i += 1) await run();
const end = performance.now() + ms;
let count = 0;
while (performance.now() < end) {
  await run();
  count += 1;
}
parentPort?.postMessage({ count, ms });
