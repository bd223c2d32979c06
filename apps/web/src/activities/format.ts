import type { ActivityKind } from '@territoires/contracts';

/** A pictogram per kind, always shown beside its text label (never alone). */
export const KIND_ICONS: Record<ActivityKind, string> = {
  workshop: '🛠️',
  company_immersion: '🏢',
  afest: '👷',
  cultural_outing: '🎬',
  sport: '⚽',
  fablab: '🔧',
  garden: '🌱',
  collective_project: '🤝',
  interview_preparation: '💬',
};

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR');

/** "mardi 17 mars, 14:00–16:00", in Paris time whatever the phone's zone. */
export function formatSlot(startsAt: string, endsAt: string, language: string): string {
  const day = new Intl.DateTimeFormat(locale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Paris',
  }).format(new Date(startsAt));
  const time = new Intl.DateTimeFormat(locale(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  });
  return `${day}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}

export const activityKeys = {
  all: ['activities'] as const,
  catalogue: (scope: string, query: object) => ['activities', 'catalogue', scope, query] as const,
  activity: (id: string) => ['activities', id] as const,
  sessions: (id: string) => ['activities', id, 'sessions'] as const,
};
