import type { SessionWarning } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { formatSlot } from '../time/time.js';

/** The write succeeded; these tell the planner the facilitator is already busy then. */
export function OverlapWarnings({ warnings }: { warnings: SessionWarning[] }) {
  const { t, i18n } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div className="warning-box" role="alert">
      <h2>{t('activities.overlapTitle')}</h2>
      <ul>
        {warnings.flatMap((w) =>
          w.overlapping.map((o) => (
            <li key={`${w.sessionStartsAt}-${o.sessionId}`}>
              {t('activities.overlapItem', {
                date: formatSlot(o.startsAt, o.endsAt, i18n.language),
                title: o.activityTitle,
              })}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
