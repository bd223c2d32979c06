import type { QueryOf } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatSlot } from '../time/time.js';
import { activityKeys, KIND_ICONS, WEEKDAYS } from './format.js';

/**
 * "What can I try this week?": big cards, a pictogram and a word for each kind, one tap on a
 * session to open it. Only what happens in the next seven days, filtered by day if wished.
 */
export function MyActivitiesPage() {
  const { t, i18n } = useTranslation();
  const [weekday, setWeekday] = useState<string>('');
  const query = {
    period: 'this_week',
    ...(weekday === '' ? {} : { weekday: Number(weekday) }),
  } as QueryOf<'searchCatalogue'>;
  const result = useApiQuery('myCatalogue', activityKeys.catalogue('me', query), { query });
  return (
    <Page title={t('activities.mine.title')}>
      <fieldset className="day-chips">
        <legend>{t('activities.mine.day')}</legend>
        {['', ...WEEKDAYS].map((d) => (
          <label key={d} className={weekday === d ? 'chip selected' : 'chip'}>
            <input
              type="radio"
              name="weekday"
              value={d}
              checked={weekday === d}
              onChange={() => {
                setWeekday(d);
              }}
            />
            {d === '' ? t('activities.mine.allWeek') : t(`activities.weekdays.${d}`)}
          </label>
        ))}
      </fieldset>
      {result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <FormError error={result.error} />
      ) : result.data.items.length === 0 ? (
        <p role="status">{t('activities.mine.nothing')}</p>
      ) : (
        <ul className="activity-cards big">
          {result.data.items.map((item) => (
            <li key={item.id} className="card activity-card">
              <p className="activity-kind big">
                <span aria-hidden="true">{KIND_ICONS[item.kind]}</span>{' '}
                {t(`codes.activityKind.${item.kind}`)}
              </p>
              <h2>{item.title}</h2>
              {item.commune !== null && (
                <p>
                  {t('activities.mine.where')} : {item.address !== null ? `${item.address}, ` : ''}
                  {item.commune}
                </p>
              )}
              <ul className="session-buttons">
                {item.nextSessions.map((s) => (
                  <li key={s.id}>
                    <Link className="button big" to={`/moi/seances/${s.id}`}>
                      {formatSlot(s.startsAt, s.endsAt, i18n.language)}
                      <span className="seats">
                        {s.seatsLeft > 0
                          ? t('activities.seatsLeft', { count: s.seatsLeft })
                          : t('activities.full')}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
