import type { ExitCategory, ExitSituation, Phase } from './codes.js';

/**
 * The pathway's guarded state machine. Entering accompaniment happens only by signing a contract,
 * entering exit only by recording an exit, so those targets are reachable through their own actions.
 */
export const PHASE_TRANSITIONS: Record<Phase, readonly Phase[]> = {
  outreach: ['discovery', 'accompaniment', 'exit'],
  discovery: ['accompaniment', 'exit'],
  accompaniment: ['insertion', 'exit'],
  insertion: ['accompaniment', 'exit'],
  exit: ['discovery', 'accompaniment'],
};

export const PHASES_ENTERED_BY_ACTION: readonly Phase[] = ['accompaniment', 'exit'];

export const canTransition = (from: Phase, to: Phase): boolean =>
  PHASE_TRANSITIONS[from].includes(to);

/** Adds calendar months to an ISO date (YYYY-MM-DD), clamping to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = m - 1 + months;
  const year = y + Math.floor(targetMonthIndex / 12);
  const month = ((targetMonthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The whole journey must end within this many months of the entry date (the contract's signature). */
export const MAX_CONTRACT_MONTHS = 15;

/** The day by which the whole journey must end: the entry date (the contract's signature) + 15 months. */
export const contractDeadline = (signedOn: string): string =>
  addMonths(signedOn, MAX_CONTRACT_MONTHS);

/**
 * The 15-month rule, for the server and the forms alike: a contract ends on or after its signature
 * and no later than its deadline. Null when the planned end keeps the rule, else the broken rule's code.
 */
export function contractEndProblem(
  signedOn: string,
  plannedEndOn: string,
): 'contract.end_before_start' | 'contract.too_long' | null {
  if (plannedEndOn < signedOn) return 'contract.end_before_start';
  if (plannedEndOn > contractDeadline(signedOn)) return 'contract.too_long';
  return null;
}

/** Days from a to b (ISO dates), negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export const LASTING_CONTRACT_MONTHS = 6;
export const SITUATIONS_NEEDING_MONTHS: readonly ExitSituation[] = ['cdd', 'interim'];

/** The exit category is derived from the facts, so it can be recomputed if the rules change. */
export function exitCategory(
  situation: ExitSituation,
  contractMonths: number | null,
): ExitCategory {
  switch (situation) {
    case 'cdi':
    case 'business_creation':
      return 'employment_lasting';
    case 'cdd':
    case 'interim':
      return (contractMonths ?? 0) >= LASTING_CONTRACT_MONTHS
        ? 'employment_lasting'
        : 'employment_transition';
    case 'subsidised_job':
      return 'employment_transition';
    case 'training_qualifying':
    case 'training_prequalifying':
      return 'training';
    case 'volunteering':
    case 'civic_service':
      return 'volunteering_civic';
    case 'dropped_out':
      return 'dropped_out';
    case 'other':
      return 'other';
  }
}

/** "Sorties dynamiques": the exits that count towards the 300 target. */
export const DYNAMIC_EXIT_CATEGORIES: readonly ExitCategory[] = [
  'employment_lasting',
  'employment_transition',
  'training',
];

export const ALERT_CONTRACT_ENDING_DAYS = 30;
export const ALERT_INACTIVE_DAYS = 45;
