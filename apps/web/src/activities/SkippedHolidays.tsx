import type { SessionWriteResult } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../time/time.js';

/** The series' dates left without a session because they are public holidays. */
export function SkippedHolidays({ skipped }: { skipped: SessionWriteResult['skipped'] }) {
  const { t, i18n } = useTranslation();
  if (skipped.length === 0) return null;
  return (
    <section className="card" aria-labelledby="skipped-holidays">
      <h2 id="skipped-holidays">{t('activities.skippedTitle')}</h2>
      <ul>
        {skipped.map((s) => (
          <li key={s.date}>
            {t('activities.skippedItem', {
              holiday: t(`codes.holiday.${s.holiday}`),
              date: formatDate(s.date, i18n.language),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
