import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatDate,
  formatDay,
  formatRemaining,
  formatSlot,
  formatTimeRange,
  isoWeekday,
} from './time.js';

describe('time on screen', () => {
  it('counts days across months and the change to summer time', () => {
    expect(addDays('2025-03-28', 3)).toBe('2025-03-31');
    expect(addDays('2025-03-31', 1)).toBe('2025-04-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday('2025-03-17')).toBe(1);
    expect(isoWeekday('2025-03-23')).toBe(7);
  });

  it('shows dates, days and slots in Paris time', () => {
    expect(formatDate('2025-03-17', 'fr')).toBe('17 mars 2025');
    expect(formatDate('2025-03-17', 'en')).toBe('17 March 2025');
    expect(formatDate('2025-03-16T23:30:00Z', 'fr')).toBe('17 mars 2025');
    expect(formatDate('not a date', 'fr')).toBe('not a date');
    expect(formatDay('2025-03-18T13:00:00Z', 'fr')).toBe('mardi 18 mars');
    expect(formatTimeRange('2025-03-18T13:00:00Z', '2025-03-18T15:00:00Z', 'fr')).toBe(
      '14:00 – 16:00',
    );
    expect(formatSlot('2025-03-18T13:00:00Z', '2025-03-18T15:00:00Z', 'fr')).toBe(
      'mardi 18 mars, 14:00–16:00',
    );
  });

  it('counts down in minutes and seconds, never below zero', () => {
    expect(formatRemaining(65_000)).toBe('1 min 05 s');
    expect(formatRemaining(-1)).toBe('0 min 00 s');
  });
});
