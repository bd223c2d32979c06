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

export const activityKeys = {
  all: ['activities'] as const,
  catalogue: (scope: string, query: object) => ['activities', 'catalogue', scope, query] as const,
  activity: (id: string) => ['activities', id] as const,
  sessions: (id: string) => ['activities', id, 'sessions'] as const,
};
