/** Dates and times of sessions, always in the programme's time zone (Normandy). */
const ZONE = 'Europe/Paris';
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR');

export const formatDay = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(locale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: ZONE,
  }).format(new Date(iso));

export const formatTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(locale(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(new Date(iso));

export const formatSlot = (startsAt: string, endsAt: string, language: string): string =>
  `${formatTime(startsAt, language)} – ${formatTime(endsAt, language)}`;

/** An icon per activity kind, shown beside its text label (never alone). */
const ICONS: Record<string, string> = {
  workshop: '🛠️',
  company_immersion: '🏢',
  afest: '🧰',
  cultural_outing: '🎭',
  sport: '⚽',
  fablab: '🔧',
  garden: '🌱',
  collective_project: '🤝',
  interview_preparation: '💬',
};
export const kindIcon = (kind: string): string => ICONS[kind] ?? '📅';
