import type { SessionSummary } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { addDays, formatDate, formatDay, formatTimeRange } from '../time/time.js';
import { kindIcon } from './icons.js';
import { OrganisationFeeds } from './OrganisationFeed.js';

function byDay(sessions: SessionSummary[], language: string) {
  const days = new Map<string, SessionSummary[]>();
  for (const session of sessions) {
    const day = formatDay(session.startsAt, language);
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  return [...days];
}

/** The partner's week: their organisations' sessions, day by day, each opening its roster. */
export function WeekPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const start = params.get('debut') ?? undefined;
  const week = useApiQuery('organisationWeek', ['calendar', 'week', start ?? 'current'], {
    query: start === undefined ? {} : { start },
  });
  const go = (days: number) => {
    if (!week.data) return;
    setParams({ debut: addDays(week.data.start, days) });
  };
  return (
    <Page
      title={
        week.data
          ? t('attendance.week.title', { date: formatDate(week.data.start, i18n.language) })
          : t('attendance.week.titleShort')
      }
    >
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            go(-7);
          }}
        >
          <span aria-hidden="true">← </span>
          {t('attendance.week.previous')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            go(7);
          }}
        >
          {t('attendance.week.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      {week.isPending && <Loading />}
      {week.isError && <FormError error={week.error} />}
      {week.data?.sessions.length === 0 && <p>{t('attendance.week.empty')}</p>}
      {week.data &&
        byDay(week.data.sessions, i18n.language).map(([day, sessions]) => (
          <section key={day}>
            <h2 className="week-day">{day}</h2>
            <ul className="stack">
              {sessions.map((session) => (
                <li key={session.id} className="card">
                  <p className="card-title">
                    <span aria-hidden="true">{kindIcon(session.activityKind)} </span>
                    <Link to={`/seances/${session.id}`}>{session.activityTitle}</Link>
                  </p>
                  <p>
                    {formatTimeRange(session.startsAt, session.endsAt, i18n.language)}
                    {session.place !== null && ` · ${session.place}`}
                  </p>
                  <p className="muted">
                    {session.cancelled
                      ? t('attendance.week.cancelled')
                      : t('attendance.week.seats', {
                          count: session.registeredCount,
                          capacity: session.capacity,
                        })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      <OrganisationFeeds />
    </Page>
  );
}
