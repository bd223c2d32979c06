import type { IndicatorFigures } from '@territoires/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFigures } from './figures.js';
import { maskSeries } from './progress.js';
import { flatten, SMALL_CELL, suppressColumn, suppressFigures, unflatten } from './suppression.js';

const n = fc.integer({ min: 0, max: 14 });
const MEDIANS = ['durations.contactToContractDays', 'durations.contractToExitDays'];
const PAIRS = [
  ['discovery.signedBy', 'discovery.created'],
  ['funnel.discovery', 'discovery.created'],
  ['funnel.exit', 'discovery.created'],
  ['compliance.withinFifteenMonths', 'compliance.exitsAfterContract'],
] as const;

/** A row of figures with small counts (so that masking has work), parts no larger than wholes. */
const rowArb: fc.Arbitrary<IndicatorFigures> = fc
  .array(n, { minLength: 40, maxLength: 40 })
  .map((values) => {
    const flat = flatten(emptyFigures());
    Object.keys(flat).forEach((path, i) => {
      flat[path] = MEDIANS.includes(path) ? (values[i] ?? 0) * 3 : (values[i] ?? 0);
    });
    for (const [part, whole] of PAIRS) flat[part] = Math.min(flat[part] ?? 0, flat[whole] ?? 0);
    return unflatten(flat) as IndicatorFigures;
  });

const sumOf = (rows: IndicatorFigures[]): IndicatorFigures => {
  const total = flatten(emptyFigures());
  for (const row of rows)
    for (const [path, value] of Object.entries(flatten(row)))
      total[path] = MEDIANS.includes(path) ? value : (total[path] ?? 0) + (value ?? 0);
  return unflatten(total) as IndicatorFigures;
};

const smallShown = (value: number | null) => value !== null && value > 0 && value < SMALL_CELL;

describe('small-cell suppression', () => {
  it('a cumulative series: no shown step of 1 to 4 people', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 40 }), (growths) => {
        let total = 0;
        const points = growths.map((g, i) => {
          total += g;
          return { month: String(i), engaged: total, dynamicExits: Math.floor(total / 2) };
        });
        const masked = maskSeries(points);
        for (const key of ['engaged', 'dynamicExits'] as const) {
          let last = 0;
          masked.forEach((point, i) => {
            const value = point[key];
            if (value === null) return;
            expect(value).toBe(points[i]?.[key]);
            expect(smallShown(value - last)).toBe(false);
            last = value;
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a column: small cells masked, never a lone masked cell beside a shown total', () => {
    fc.assert(
      fc.property(fc.array(n, { maxLength: 8 }), (cells) => {
        const total = cells.reduce((a, b) => a + b, 0);
        const shown = suppressColumn(cells, total);
        shown.forEach((value, i) => {
          expect(value === null || value === cells[i]).toBe(true);
          expect(smallShown(value)).toBe(false);
        });
        if (!smallShown(total)) expect(shown.filter((v) => v === null).length).not.toBe(1);
      }),
      { numRuns: 500 },
    );
    expect(suppressColumn([3, 10, 6], 19)).toEqual([null, 10, null]);
    expect(suppressColumn([3, 2, 10], 15)).toEqual([null, null, 10]);
    expect(suppressColumn([0, 12], 12)).toEqual([0, 12]);
  });

  it('figures and breakdowns: nothing under 5 shown, nothing masked recomputable', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(rowArb, { minLength: 1, maxLength: 5 }), { maxLength: 3 }),
        (tables) => {
          const total = sumOf(tables[0] ?? []);
          const consistent = tables.map((rows) => rows);
          // Every breakdown adds up to the same total: give each the first one's rows, reshuffled.
          const breakdowns = consistent.map((_, i) =>
            i === 0 ? (consistent[0] ?? []) : [...(consistent[0] ?? [])].reverse(),
          );
          const masked = suppressFigures(total, breakdowns);
          const rawTotal = flatten(total);
          const rows = [masked.total, ...masked.breakdowns.flat()];
          const raws = [total, ...breakdowns.flat()];
          rows.forEach((row, r) => {
            const flat = flatten(row);
            const raw = flatten(raws[r] ?? total);
            for (const [path, value] of Object.entries(flat)) {
              expect(value === null || value === raw[path]).toBe(true);
              if (!MEDIANS.includes(path)) expect(smallShown(value), path).toBe(false);
            }
            for (const [part, whole] of PAIRS)
              if (flat[part] !== null && flat[whole] !== null)
                expect(smallShown((flat[whole] ?? 0) - (flat[part] ?? 0))).toBe(false);
            expect(
              flat['durations.contactToContractDays'] === null ||
                flat['durations.contactToContractPeople'] !== null,
            ).toBe(true);
          });
          for (const table of masked.breakdowns)
            for (const path of Object.keys(rawTotal)) {
              if (MEDIANS.includes(path) || flatten(masked.total)[path] === null) continue;
              const nulls = table.filter((row) => flatten(row)[path] === null).length;
              expect(nulls, path).not.toBe(1);
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});
