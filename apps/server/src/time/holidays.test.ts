import { afterEach, describe, expect, it } from 'vitest';
import { frenchHolidays, withoutHolidays } from './index.js';

// Easter: 28 March 2027, 16 April 2028, 1 April 2029, 21 April 2030.
const EXPECTED: Record<number, Record<string, string>> = {
  2027: {
    '2027-01-01': 'new_year',
    '2027-03-29': 'easter_monday',
    '2027-05-01': 'labour_day',
    '2027-05-06': 'ascension',
    '2027-05-08': 'victory_1945',
    '2027-05-17': 'whit_monday',
    '2027-07-14': 'bastille_day',
    '2027-08-15': 'assumption',
    '2027-11-01': 'all_saints',
    '2027-11-11': 'armistice',
    '2027-12-25': 'christmas',
  },
  2028: {
    '2028-01-01': 'new_year',
    '2028-04-17': 'easter_monday',
    '2028-05-01': 'labour_day',
    '2028-05-08': 'victory_1945',
    '2028-05-25': 'ascension',
    '2028-06-05': 'whit_monday',
    '2028-07-14': 'bastille_day',
    '2028-08-15': 'assumption',
    '2028-11-01': 'all_saints',
    '2028-11-11': 'armistice',
    '2028-12-25': 'christmas',
  },
  2029: {
    '2029-01-01': 'new_year',
    '2029-04-02': 'easter_monday',
    '2029-05-01': 'labour_day',
    '2029-05-08': 'victory_1945',
    '2029-05-10': 'ascension',
    '2029-05-21': 'whit_monday',
    '2029-07-14': 'bastille_day',
    '2029-08-15': 'assumption',
    '2029-11-01': 'all_saints',
    '2029-11-11': 'armistice',
    '2029-12-25': 'christmas',
  },
  2030: {
    '2030-01-01': 'new_year',
    '2030-04-22': 'easter_monday',
    '2030-05-01': 'labour_day',
    '2030-05-08': 'victory_1945',
    '2030-05-30': 'ascension',
    '2030-06-10': 'whit_monday',
    '2030-07-14': 'bastille_day',
    '2030-08-15': 'assumption',
    '2030-11-01': 'all_saints',
    '2030-11-11': 'armistice',
    '2030-12-25': 'christmas',
  },
};

const asObject = (year: number) => Object.fromEntries(frenchHolidays(year));
const originalZone = process.env.TZ;

describe('French public holidays', () => {
  afterEach(() => {
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  it.each([2027, 2028, 2029, 2030])('knows the eleven holidays of %i', (year) => {
    expect(asObject(year)).toEqual(EXPECTED[year]);
  });

  it.each(['Europe/Paris', 'UTC', 'Australia/Sydney', 'America/Santiago'])(
    'gives the same dates whatever the server zone (%s), DST changes on Easter included',
    (zone) => {
      process.env.TZ = zone;
      for (const year of [2027, 2028, 2029, 2030]) expect(asObject(year)).toEqual(EXPECTED[year]);
    },
  );

  it('splits dates into working days and holidays, across years', () => {
    expect(
      withoutHolidays(['2027-12-24', '2027-12-25', '2028-01-01', '2028-01-02', '2029-05-21']),
    ).toEqual({
      kept: ['2027-12-24', '2028-01-02'],
      skipped: [
        { date: '2027-12-25', holiday: 'christmas' },
        { date: '2028-01-01', holiday: 'new_year' },
        { date: '2029-05-21', holiday: 'whit_monday' },
      ],
    });
  });
});
