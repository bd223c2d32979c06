/**
 * Calendar dates as the database and the contracts carry them: 'YYYY-MM-DD' strings, with no time
 * zone. Arithmetic is done at UTC midnight, where every day has 24 hours.
 */

/** The UTC calendar day of an instant (the day a `date` column compares with). */
export const utcDay = (instant: Date): string => instant.toISOString().slice(0, 10);

/** The calendar date `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return utcDay(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)));
}

/** ISO weekday of a calendar date, 1 = Monday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Every date on `weekday` from firstOn to lastOn, both included. */
export function weeklyDates(weekday: number, firstOn: string, lastOn: string): string[] {
  let date = addDays(firstOn, (weekday - isoWeekday(firstOn) + 7) % 7);
  const dates: string[] = [];
  while (date <= lastOn) {
    dates.push(date);
    date = addDays(date, 7);
  }
  return dates;
}

/** Monday (UTC) of the week holding the instant. */
export function mondayOf(instant: Date): string {
  const day = (instant.getUTCDay() + 6) % 7;
  return utcDay(
    new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate() - day)),
  );
}
