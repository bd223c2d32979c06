// Bake + unbake of a ~50 KB PNG (target: median under 2 ms).
// Run: npx tsx --conditions=source bench/open-badges/bake.bench.ts
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { bakePng, bakeSvg, unbake } from '@territoires/open-badges';

const fixtures = new URL('../../packages/open-badges/test/fixtures/baked/', import.meta.url);
const png = new Uint8Array(readFileSync(new URL('noise-50k.png', fixtures)));
const svg = readFileSync(new URL('simple-json.svg', fixtures), 'utf8');
const credential = unbake(
  new Uint8Array(readFileSync(new URL('simple-json.png', fixtures))),
).payload;

const bench = new Bench({ time: 2000, warmupTime: 300 });
bench
  .add(`bakePng + unbake, ${png.length} B PNG`, () => {
    if (unbake(bakePng(png, credential)).payload !== credential)
      throw new Error('round trip failed');
  })
  .add(`bakeSvg + unbake, ${svg.length} B SVG`, () => {
    const baked = new TextEncoder().encode(bakeSvg(svg, credential));
    if (unbake(baked).payload !== credential) throw new Error('round trip failed');
  });

await bench.run();
console.table(
  bench.tasks.map((task) => {
    const samples = [...(task.result?.samples ?? [])].sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
    return { task: task.name, 'median (ms)': median.toFixed(3), samples: samples.length };
  }),
);
