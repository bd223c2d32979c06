// The server's one time module: calendar dates, instants and the programme's time zone.
export { addDays, isoWeekday, mondayOf, utcDay, weeklyDates } from './days.js';
export { DAY_MS, iso, MINUTE_MS, plusDays, plusMinutes } from './instants.js';
export { frenchHolidays, withoutHolidays } from './holidays.js';
export { parisDay, parisParts, parisToUtc, ZONE } from './paris.js';
