import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOf, medianOfText } from './summary-medians.js';

/** Histogram rows as PostgreSQL sends them: ',' within a row, ';' between rows. */
const medianOfChunks = (chunks: readonly { days: number[]; n: number[] }[]): number | null =>
  medianOfText(
    chunks.map((c) => c.days.join(',')).join(';'),
    chunks.map((c) => c.n.join(',')).join(';'),
  );

/** A histogram row as PostgreSQL keeps it: distinct lengths in order, a count for each. */
const chunkArb = fc
  .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -5, max: 20_000 })), {
    maxLength: 12,
  })
  .chain((lengths) =>
    fc.record({
      days: fc.constant([...lengths].sort((a, b) => a - b)),
      n: fc.array(fc.integer({ min: -2, max: 5 }), {
        minLength: lengths.length,
        maxLength: lengths.length,
      }),
    }),
  );

describe('medianOfText', () => {
  it('gives the median of the histograms summed, whatever their lengths and counts', () => {
    fc.assert(
      fc.property(fc.array(chunkArb, { maxLength: 16 }), (chunks) => {
        const summed = new Map<number, number>();
        for (const { days, n } of chunks)
          days.forEach((length, i) => summed.set(length, (summed.get(length) ?? 0) + (n[i] ?? 0)));
        expect(medianOfChunks(chunks)).toBe(medianOf(summed));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a lone row as it is, and leaves nothing behind for the next key', () => {
    expect(medianOfChunks([])).toBeNull();
    expect(medianOfChunks([{ days: [2, 7], n: [1, 2] }])).toBe(7);
    expect(
      medianOfChunks([
        { days: [1, 3], n: [1, 1] },
        { days: [3], n: [-1] },
      ]),
    ).toBe(1);
    expect(
      medianOfChunks([
        { days: [9], n: [1] },
        { days: [], n: [] },
      ]),
    ).toBe(9);
  });
});
