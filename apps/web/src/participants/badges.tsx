import type { AlertKind, Phase } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return <span className={`badge phase-${phase}`}>{t(`codes.phase.${phase}`)}</span>;
}

/** Alerts always carry their text: colour and the symbol are only reinforcements. */
export function AlertBadges({ alerts }: { alerts: readonly AlertKind[] }) {
  const { t } = useTranslation();
  if (alerts.length === 0) return <span className="muted">{t('participants.noAlert')}</span>;
  return (
    <ul className="badge-list">
      {alerts.map((kind) => (
        <li key={kind} className="badge alert">
          <span aria-hidden="true">⚠ </span>
          {t(`codes.alertKind.${kind}`)}
        </li>
      ))}
    </ul>
  );
}
