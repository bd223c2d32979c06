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
