import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatDay, formatTimeRange } from '../time/time.js';
import { kindIcon } from './icons.js';

export const myAgendaKey = ['me', 'agenda'] as const;

/** The participant's next sessions: big, simple, one card each (day, time, place). */
export function MyAgendaPage() {
  const { t, i18n } = useTranslation();
  const agenda = useApiQuery('myAgenda', myAgendaKey);
  return (
    <Page title={t('attendance.me.agendaTitle')}>
      {agenda.isPending && <Loading />}
      {agenda.isError && <FormError error={agenda.error} />}
      {agenda.data?.length === 0 && <p className="big-text">{t('attendance.me.empty')}</p>}
      <ul className="my-agenda">
        {agenda.data?.map((entry) => (
          <li key={entry.registrationId}>
            <Link to={`/moi/seances/${entry.sessionId}`} className="my-agenda-card">
              <span className="my-agenda-kind">
                <span aria-hidden="true">{kindIcon(entry.activityKind)} </span>
                {t(`attendance.kind.${entry.activityKind}`, { defaultValue: entry.activityKind })}
              </span>
              <span className="my-agenda-title">{entry.activityTitle}</span>
              <span>
                <span aria-hidden="true">📅 </span>
                {formatDay(entry.startsAt, i18n.language)}
              </span>
              <span>
                <span aria-hidden="true">🕑 </span>
                {formatTimeRange(entry.startsAt, entry.endsAt, i18n.language)}
              </span>
              {entry.place !== null && (
                <span>
                  <span aria-hidden="true">📍 </span>
                  {entry.place}
                </span>
              )}
              {entry.cancelled && <span className="badge">{t('attendance.week.cancelled')}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
