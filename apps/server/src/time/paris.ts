/**
 * The programme's time zone: sessions are planned in Europe/Paris local time and stored as instants
 * (timestamptz); a "day" shown to people is a Paris day.
 */
export const ZONE = 'Europe/Paris';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Paris is ahead of UTC at this instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((asUtc - instant) / 60_000);
}

/**
 * The instant of a Paris wall-clock time. Around a DST change the offset is taken at the result, so
 * 10:00 is 10:00 on both sides; a time skipped in spring (02:30) lands one hour later.
 */
export function parisToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const first = wall - offsetMinutes(wall) * 60_000;
  const second = wall - offsetMinutes(first) * 60_000;
  return new Date(second);
}

/** The Paris calendar date (YYYY-MM-DD) and time (HH:MM) of an instant. */
export function parisParts(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return {
    date: `${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''}`,
    time: `${p.hour ?? ''}:${p.minute ?? ''}`,
  };
}

/** The calendar day (YYYY-MM-DD) of an instant in the programme's time zone. */
export const parisDay = (instant: Date): string => parisParts(instant).date;
