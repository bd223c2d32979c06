import { describe, expect, it } from 'vitest';
import {
  addDays,
  iso,
  isoWeekday,
  mondayOf,
  parisDay,
  parisParts,
  parisToUtc,
  plusDays,
  plusMinutes,
  utcDay,
  weeklyDates,
} from './index.js';

describe('calendar dates', () => {
  it('steps over month and year ends, both ways', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('knows weekdays, Mondays and weekly dates', () => {
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(mondayOf(new Date('2026-03-29T23:00:00Z'))).toBe('2026-03-23');
    expect(weeklyDates(2, '2026-03-16', '2026-04-07')).toEqual([
      '2026-03-17',
      '2026-03-24',
      '2026-03-31',
      '2026-04-07',
    ]);
  });

  it('reads the UTC day of an instant', () => {
    expect(utcDay(new Date('2026-04-02T23:30:00Z'))).toBe('2026-04-02');
  });
});

describe('instants', () => {
  it('adds minutes and days as durations', () => {
    const at = new Date('2026-04-02T09:30:00Z');
    expect(plusMinutes(at, 15).toISOString()).toBe('2026-04-02T09:45:00.000Z');
    expect(plusDays(at, -45).toISOString()).toBe('2026-02-16T09:30:00.000Z');
    expect(iso('2026-04-02 09:30:00+00')).toBe('2026-04-02T09:30:00.000Z');
  });
});

describe('Paris time', () => {
  it('keeps the wall clock across the DST changes', () => {
    expect(parisToUtc('2026-03-28', '10:00').toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(parisToUtc('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    // 02:30 does not exist on the spring change: it lands one hour later.
    expect(parisParts(parisToUtc('2026-03-29', '02:30')).time).toBe('03:30');
    expect(parisToUtc('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('gives the Paris day of an instant, which is not always the UTC day', () => {
    expect(parisDay(new Date('2026-04-02T22:30:00Z'))).toBe('2026-04-03');
    expect(parisParts(new Date('2026-04-02T22:30:00Z'))).toEqual({
      date: '2026-04-03',
      time: '00:30',
    });
  });
});
