import { describe, expect, it } from 'vitest';
import {
  addMonths,
  canTransition,
  contractDeadline,
  contractEndProblem,
  daysBetween,
  exitCategory,
} from './rules.js';

describe('pathway rules', () => {
  it('adds months with end-of-month clamping', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 15)).toBe('2027-02-15');
    expect(contractDeadline('2025-03-01')).toBe('2026-06-01');
  });

  it('keeps the whole journey within 15 months of the signature', () => {
    expect(contractEndProblem('2025-03-01', '2025-03-01')).toBeNull();
    expect(contractEndProblem('2025-03-01', '2026-06-01')).toBeNull();
    expect(contractEndProblem('2025-03-01', '2026-06-02')).toBe('contract.too_long');
    expect(contractEndProblem('2025-03-01', '2025-02-28')).toBe('contract.end_before_start');
    expect(contractEndProblem('2025-01-31', '2026-04-30')).toBeNull();
    expect(contractEndProblem('2025-01-31', '2026-05-01')).toBe('contract.too_long');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-01', '2025-01-31')).toBe(30);
    expect(daysBetween('2025-01-31', '2025-01-01')).toBe(-30);
  });

  it('guards phase transitions', () => {
    expect(canTransition('discovery', 'accompaniment')).toBe(true);
    expect(canTransition('discovery', 'insertion')).toBe(false);
    expect(canTransition('exit', 'accompaniment')).toBe(true);
    expect(canTransition('exit', 'insertion')).toBe(false);
  });

  it('derives the exit category from the facts', () => {
    expect(exitCategory('cdi', null)).toBe('employment_lasting');
    expect(exitCategory('cdd', 6)).toBe('employment_lasting');
    expect(exitCategory('cdd', 5)).toBe('employment_transition');
    expect(exitCategory('interim', null)).toBe('employment_transition');
    expect(exitCategory('training_prequalifying', null)).toBe('training');
    expect(exitCategory('civic_service', null)).toBe('volunteering_civic');
    expect(exitCategory('dropped_out', null)).toBe('dropped_out');
  });
});
