import type { Phase, SignContractBody } from '@territoires/contracts';
import {
  canTransition,
  contractDeadline,
  contractEndProblem,
  MAX_CONTRACT_MONTHS,
  PHASE_TRANSITIONS,
  PHASES_ENTERED_BY_ACTION,
} from '@territoires/contracts';
import { RuleViolationError } from '../errors/index.js';

/** The phase guard: illegal moves are refused with the list of moves that are allowed. */
export function requireTransition(from: Phase, to: Phase, byAction = false): void {
  const reserved = !byAction && PHASES_ENTERED_BY_ACTION.includes(to);
  if (!canTransition(from, to) || reserved) {
    const allowed = PHASE_TRANSITIONS[from].filter(
      (p) => byAction || !PHASES_ENTERED_BY_ACTION.includes(p),
    );
    throw new RuleViolationError(
      'pathway.illegal_transition',
      `Cannot move from ${from} to ${to}.`,
      { from, to, allowed },
    );
  }
}

/** A contract ends after it starts and no later than 15 months after the entry date. */
export function requireContractDates(signedOn: string, plannedEndOn: string): void {
  const problem = contractEndProblem(signedOn, plannedEndOn);
  if (problem === 'contract.end_before_start') {
    throw new RuleViolationError(
      'contract.end_before_start',
      'The planned end is before the signature.',
      undefined,
      [
        {
          path: 'plannedEndOn',
          code: 'contract.end_before_start',
          message: 'Before the signature date.',
        },
      ],
    );
  }
  if (problem === 'contract.too_long') {
    const maxEndOn = contractDeadline(signedOn);
    throw new RuleViolationError(
      'contract.too_long',
      `The journey must end within ${MAX_CONTRACT_MONTHS} months of entry: ${maxEndOn} at the latest.`,
      { maxEndOn, maxMonths: MAX_CONTRACT_MONTHS },
      [{ path: 'plannedEndOn', code: 'contract.too_long', message: `At the latest ${maxEndOn}.` }],
    );
  }
}

export const normaliseObjectives = (objectives: SignContractBody['objectives']): string[] =>
  objectives.map((o) => o.trim()).filter((o) => o.length > 0);
