/** Instants (Date, timestamptz): durations in milliseconds, and the ISO form the API answers with. */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

export const plusMinutes = (instant: Date, minutes: number): Date =>
  new Date(instant.getTime() + minutes * MINUTE_MS);

/** `days` × 24 hours later (or earlier, when negative): a duration, not a calendar step. */
export const plusDays = (instant: Date, days: number): Date =>
  new Date(instant.getTime() + days * DAY_MS);

/** PostgreSQL's text timestamps ("2025-01-01 10:00:00+00") become ISO 8601 (UTC, milliseconds) for the API. */
export const iso = (timestamp: string): string => new Date(timestamp).toISOString();
