import type { IndicatorFigures, MaskedFigures } from '@territoires/contracts';

/*
 * Small-cell suppression for viewers who see aggregates only (evaluators, funders): a count of 1 to
 * 4 people is masked (null), and so is whatever would let a masked count be recomputed:
 * - in a breakdown, whose rows add up to the shown total, a lone masked cell gets a companion: the
 *   smallest other cell still shown (secondary suppression), so only the masked cells' sum is known;
 * - inside one row, a part shown beside its whole (signed by the end, of those created; within 15
 *   months, of the exits after a contract) is masked when the difference is 1 to 4;
 * - a median is masked when the people it was measured on are masked.
 * Zero stays visible: it says nobody, about no one.
 */

export const SMALL_CELL = 5;

const small = (n: number | null): boolean => n !== null && n > 0 && n < SMALL_CELL;

/**
 * One column of a breakdown: the cells (rows of the breakdown) and their total. Returns the cells
 * with small ones masked, plus the complementary one when a single cell would be masked while the
 * total is shown (null: the total is masked). `masked` marks cells already masked (by the rules within a row).
 */
export function suppressColumn(
  cells: readonly number[],
  total: number | null,
  masked: readonly boolean[] = [],
): (number | null)[] {
  const hidden = cells.map((n, i) => masked[i] === true || small(n));
  const totalShown = total !== null && !small(total);
  let count = hidden.filter(Boolean).length;
  while (totalShown && count === 1) {
    // The smallest cell still shown (positive first: masking a zero hides little), never the masked one.
    let pick = -1;
    cells.forEach((n, i) => {
      if (hidden[i]) return;
      const current = pick === -1 ? undefined : cells[pick];
      const better = current === undefined || (n > 0 && (current === 0 || n < current));
      if (better) pick = i;
    });
    if (pick === -1) break;
    hidden[pick] = true;
    count += 1;
  }
  return cells.map((n, i) => (hidden[i] ? null : n));
}

/** The count paths of the figures, in a stable order (the medians follow their counts). */
type Flat = Record<string, number | null>;

export function flatten(figures: IndicatorFigures | MaskedFigures): Flat {
  const flat: Flat = {};
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    } else flat[path] = value as number | null;
  };
  walk(figures, '');
  return flat;
}

export function unflatten(flat: Flat): MaskedFigures {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let at = root;
    for (const key of keys) at = (at[key] ??= {}) as Record<string, unknown>;
    at[last] = value;
  }
  return root as MaskedFigures;
}

/** A part and the whole it is shown beside. */
const PAIRS: readonly [string, string][] = [
  ['discovery.signedBy', 'discovery.created'],
  ['funnel.discovery', 'discovery.created'],
  ['funnel.exit', 'discovery.created'],
  ['compliance.withinFifteenMonths', 'compliance.exitsAfterContract'],
];
/** A median and the count of people it was measured on. */
const MEDIANS: readonly [string, string][] = [
  ['durations.contactToContractDays', 'durations.contactToContractPeople'],
  ['durations.contractToExitDays', 'compliance.exitsAfterContract'],
];
const isMedian = (path: string) => MEDIANS.some(([median]) => median === path);

/** Within one row: small counts, parts whose difference with their whole is small. */
function withinRow(flat: Flat, raw: Flat): void {
  for (const [path, value] of Object.entries(flat))
    if (!isMedian(path) && small(value)) flat[path] = null;
  for (const [part, whole] of PAIRS) {
    const difference = (raw[whole] ?? 0) - (raw[part] ?? 0);
    if (small(difference) || flat[whole] === null) flat[part] = null;
  }
}

const finishMedians = (flat: Flat): void => {
  for (const [median, people] of MEDIANS) if (flat[people] === null) flat[median] = null;
};

/** The total and the rows of every breakdown, masked together (the total is each column's sum). */
export function suppressFigures(
  total: IndicatorFigures,
  breakdowns: readonly (readonly IndicatorFigures[])[],
): { total: MaskedFigures; breakdowns: MaskedFigures[][] } {
  const rawTotal = flatten(total);
  const maskedTotal = { ...rawTotal };
  withinRow(maskedTotal, rawTotal);
  finishMedians(maskedTotal);
  const maskedBreakdowns = breakdowns.map((rows) => {
    const raws = rows.map(flatten);
    const flats = raws.map((raw) => ({ ...raw }));
    flats.forEach((flat, i) => {
      withinRow(flat, raws[i] ?? {});
    });
    // Masking in a column can single out a cell in another row's pair: repeat until nothing moves.
    for (let changed = true; changed;) {
      changed = false;
      for (const path of Object.keys(rawTotal)) {
        if (isMedian(path)) continue;
        const column = suppressColumn(
          raws.map((raw) => raw[path] ?? 0),
          maskedTotal[path] ?? null,
          flats.map((flat) => flat[path] === null),
        );
        column.forEach((value, i) => {
          const flat = flats[i];
          if (flat && value === null && flat[path] !== null) {
            flat[path] = null;
            changed = true;
          }
        });
      }
      for (const flat of flats)
        for (const [part, whole] of PAIRS)
          if (flat[whole] === null && flat[part] !== null) {
            flat[part] = null;
            changed = true;
          }
    }
    flats.forEach(finishMedians);
    return flats.map(unflatten);
  });
  return { total: unflatten(maskedTotal), breakdowns: maskedBreakdowns };
}

/** Coordination and an organisation's own staff see the figures as they are. */
export const unmasked = (figures: IndicatorFigures): MaskedFigures => figures;
