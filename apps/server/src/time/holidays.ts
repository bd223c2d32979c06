import getJoursFeries from '@socialgouv/jours-feries';
import type { FrenchHoliday } from '@territoires/contracts';

/**
 * French public holidays (metropolitan France, without the two Alsace-Moselle days), from SocialGouv's
 * library, as calendar dates ('YYYY-MM-DD') with our stable codes.
 */
const CODES: Record<string, FrenchHoliday> = {
  "Jour de l'an": 'new_year',
  'Lundi de Pâques': 'easter_monday',
  'Fête du travail': 'labour_day',
  'Victoire des alliés': 'victory_1945',
  Ascension: 'ascension',
  'Lundi de Pentecôte': 'whit_monday',
  'Fête Nationale': 'bastille_day',
  Assomption: 'assumption',
  Toussaint: 'all_saints',
  Armistice: 'armistice',
  Noël: 'christmas',
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The library gives local midnights and reaches Easter-based days by adding 24 h steps, which a DST
 * change in the process' zone shifts by an hour: the nearest local midnight is the day meant.
 */
function calendarDate(localMidnight: Date): string {
  const noon = new Date(localMidnight.getTime() + 12 * 3_600_000);
  return `${noon.getFullYear()}-${pad(noon.getMonth() + 1)}-${pad(noon.getDate())}`;
}

/** The public holidays of a year, by date. */
export function frenchHolidays(year: number): Map<string, FrenchHoliday> {
  const byDate = new Map<string, FrenchHoliday>();
  for (const [name, day] of Object.entries(getJoursFeries(year, { alsace: false }))) {
    const code = CODES[name];
    if (code === undefined) throw new Error(`Unknown French holiday: ${name}`);
    byDate.set(calendarDate(day), code);
  }
  return byDate;
}

/** Splits calendar dates into working ones and public holidays. */
export function withoutHolidays(dates: string[]): {
  kept: string[];
  skipped: { date: string; holiday: FrenchHoliday }[];
} {
  const years = new Map<number, Map<string, FrenchHoliday>>();
  const kept: string[] = [];
  const skipped: { date: string; holiday: FrenchHoliday }[] = [];
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    const holidays = years.get(year) ?? frenchHolidays(year);
    years.set(year, holidays);
    const holiday = holidays.get(date);
    if (holiday === undefined) kept.push(date);
    else skipped.push({ date, holiday });
  }
  return { kept, skipped };
}
