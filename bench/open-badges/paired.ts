// Ratios measured in pairs: one lib call, then its bare twin, alternately, so that both see the same machine load
// at the same moment (the machine is shared and its load drifts by a factor of two within seconds). The ratio is
// the median lib duration over the median bare duration; the range is over five consecutive blocks.
import type { CaseName } from './cases.js';

type Run = () => Promise<unknown>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface PairedRatio {
  ratio: number;
  min: number;
  max: number;
  lib: number;
  bare: number;
}

export async function paired(lib: Run, bare: Run, iterations: number): Promise<PairedRatio> {
  for (let i = 0; i < Math.min(50, iterations / 10); i += 1) {
    await lib();
    await bare();
  }
  const libTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    // Alternate which goes first, so that neither always runs right after the other's garbage.
    const order: [Run, number[]][] =
      i % 2
        ? [
            [lib, libTimes],
            [bare, bareTimes],
          ]
        : [
            [bare, bareTimes],
            [lib, libTimes],
          ];
    for (const [run, times] of order) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
  }
  const block = Math.floor(iterations / 5);
  const blocks = [0, 1, 2, 3, 4].map(
    (b) =>
      median(libTimes.slice(b * block, (b + 1) * block)) /
      median(bareTimes.slice(b * block, (b + 1) * block)),
  );
  return {
    ratio: median(libTimes) / median(bareTimes),
    min: Math.min(...blocks),
    max: Math.max(...blocks),
    lib: median(libTimes),
    bare: median(bareTimes),
  };
}

export const PAIRS: {
  label: string;
  lib: CaseName;
  bare: CaseName;
  iterations: number;
  target: number;
}[] = [
  {
    label: 'sign, embedded proof',
    lib: 'lib.sign.embedded',
    bare: 'bare.sign.embedded',
    iterations: 300,
    target: 1.1,
  },
  {
    label: 'verify, embedded proof',
    lib: 'lib.verify.embedded',
    bare: 'bare.verify.embedded',
    iterations: 300,
    target: 1.1,
  },
  {
    label: 'verify, VC-JWT (jose + same schema and safe-mode checks)',
    lib: 'lib.verify.jwt',
    bare: 'bare.verify.jwt.checked',
    iterations: 3000,
    target: 1.1,
  },
  {
    label: 'verify, embedded, cached status list / without status',
    lib: 'lib.verify.embedded.status',
    bare: 'lib.verify.embedded',
    iterations: 300,
    target: 1.2,
  },
  {
    label: 'verify, VC-JWT, cached status list / without status',
    lib: 'lib.verify.jwt.status',
    bare: 'lib.verify.jwt',
    iterations: 3000,
    target: 1.2,
  },
  {
    label: 'sign, VC-JWT / jose',
    lib: 'lib.sign.jwt',
    bare: 'bare.sign.jwt',
    iterations: 3000,
    target: 1.1,
  },
  {
    label: 'verify, VC-JWT / jose alone (no checks)',
    lib: 'lib.verify.jwt',
    bare: 'bare.verify.jwt',
    iterations: 3000,
    target: Number.NaN,
  },
];
