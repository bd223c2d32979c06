import { ATTENDANCE_STATUSES } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { formatDay } from '../time/time.js';
import { FormError } from '../ui/FormError.js';

export const historyKey = (participantId: string) =>
  ['participants', participantId, 'attendance'] as const;

/** The follow-up team's view of a participant's attendance: the rate, then each session and its mark. */
export function HistorySection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const history = useApiQuery('participantAttendance', historyKey(participantId), {
    params: { id: participantId },
  });
  if (history.isPending) return <Loading />;
  if (history.isError) return <FormError error={history.error} />;
  const { rate, counts, entries } = history.data;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <section aria-labelledby="attendance-history">
      <h2 id="attendance-history">{t('attendance.history.title')}</h2>
      <p className="attendance-rate">
        {rate === null
          ? t('attendance.history.noRate')
          : t('attendance.history.rate', { rate: percent.format(rate) })}
      </p>
      <dl className="attendance-counts">
        {ATTENDANCE_STATUSES.map((status) => (
          <div key={status}>
            <dt>{t(`attendance.status.${status}`)}</dt>
            <dd>{counts[status]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('attendance.history.unmarked')}</dt>
          <dd>{counts.unmarked}</dd>
        </div>
      </dl>
      {entries.length === 0 ? (
        <p>{t('attendance.history.empty')}</p>
      ) : (
        <ul className="roster">
          {entries.map((entry) => (
            <li key={entry.sessionId} className="roster-line">
              <span>
                {entry.activityTitle} · {formatDay(entry.startsAt, i18n.language)}
              </span>
              <span className={`badge status-${entry.status ?? 'unmarked'}`}>
                {entry.status === null
                  ? t('attendance.history.unmarked')
                  : t(`attendance.status.${entry.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
