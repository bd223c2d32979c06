import type { TFunction } from 'i18next';
import type { Option } from './Field.js';

/** Select options for a tuple of codes, labelled from `codes.<group>.<code>`. */
export const codeOptions = (t: TFunction, group: string, codes: readonly string[]): Option[] =>
  codes.map((code) => ({ value: code, label: t(`codes.${group}.${code}`) }));

/** Formats an ISO date (YYYY-MM-DD or timestamp) for display in the current language. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeZone: 'Europe/Paris',
  }).format(date);
}
