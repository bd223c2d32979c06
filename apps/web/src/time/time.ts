/**
 * Dates and times on screen, always in the programme's time zone (Normandy) whatever the phone's.
 * Days travel as ISO dates (YYYY-MM-DD), instants as ISO timestamps, as in the contracts.
 */
const ZONE = 'Europe/Paris';
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR');

/** Today's date (YYYY-MM-DD) where the programme runs; passed in so tests fix the day. */
export type Today = () => string;

export const parisToday: Today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

// Noon UTC is the same calendar day in Paris, so day arithmetic never crosses midnight.
const noonOf = (date: string) => new Date(`${date}T12:00:00Z`);

/** The ISO date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const d = noonOf(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 for Monday … 7 for Sunday. */
export const isoWeekday = (date: string): number => ((noonOf(date).getUTCDay() + 6) % 7) + 1;

/** "17 mars 2025": a date (YYYY-MM-DD) or a timestamp, in the current language. */
export function formatDate(iso: string, language: string): string {
  const date = iso.length === 10 ? noonOf(iso) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: ZONE }).format(
    date,
  );
}

/** "mardi 17 mars". */
export const formatDay = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(locale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: ZONE,
  }).format(new Date(iso));

/** "14:00". */
export const formatTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(locale(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(new Date(iso));

/** "14:00 – 16:00", under a day heading. */
export const formatTimeRange = (startsAt: string, endsAt: string, language: string): string =>
  `${formatTime(startsAt, language)} – ${formatTime(endsAt, language)}`;

/** "mardi 17 mars, 14:00–16:00": a session on its own. */
export const formatSlot = (startsAt: string, endsAt: string, language: string): string =>
  `${formatDay(startsAt, language)}, ${formatTime(startsAt, language)}–${formatTime(endsAt, language)}`;

/** "14 min 05 s": minutes and seconds left, never below zero. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}
