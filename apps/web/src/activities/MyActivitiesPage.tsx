import type { CatalogueItem, QueryOf } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatSlot } from '../time/time.js';
import { activityKeys, KIND_ICONS, WEEKDAYS } from './format.js';
import { MapLink } from '../ui/MapLink.js';

/** As many activities as a week holds, in one answer: the whole week scrolls, weekend included. */
const WEEK_PAGE = 50;

function MyActivityCard({ item }: { item: CatalogueItem }) {
  const { t, i18n } = useTranslation();
  const address = [item.address, item.commune].filter((p): p is string => p !== null).join(', ');
  return (
    <li className="card activity-card">
      <p className="activity-kind big">
        <span aria-hidden="true">{KIND_ICONS[item.kind]}</span>{' '}
        {t(`codes.activityKind.${item.kind}`)}
      </p>
      <h2>{item.title}</h2>
      {address !== '' && (
        <p>
          {t('activities.mine.where')} : {address} <MapLink address={address} />
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
  );
}

/** One page of the week's activities; the last one offers the next, if there is one. */
function WeekCards({
  weekday,
  offset,
  last,
  onMore,
}: {
  weekday: string;
  offset: number;
  last: boolean;
  onMore: (offset: number) => void;
}) {
  const { t } = useTranslation();
  const query = {
    period: 'this_week',
    limit: WEEK_PAGE,
    ...(offset > 0 ? { offset } : {}),
    ...(weekday === '' ? {} : { weekday: Number(weekday) }),
  } as QueryOf<'searchCatalogue'>;
  const result = useApiQuery('myCatalogue', activityKeys.catalogue('me', query), { query });
  if (result.isPending) return <Loading />;
  if (result.isError) return <FormError error={result.error} />;
  if (offset === 0 && result.data.items.length === 0)
    return <p role="status">{t('activities.mine.nothing')}</p>;
  const { nextOffset } = result.data;
  return (
    <>
      <ul className="activity-cards big">
        {result.data.items.map((item) => (
          <MyActivityCard key={item.id} item={item} />
        ))}
      </ul>
      {last && nextOffset !== null && (
        <button
          type="button"
          className="button secondary big"
          onClick={() => {
            onMore(nextOffset);
          }}
        >
          {t('activities.mine.more')}
        </button>
      )}
    </>
  );
}

/**
 * "What can I try this week?": big cards, a pictogram and a word for each kind, one tap on a
 * session to open it. Everything of the next seven days, weekend included, filtered by day if wished.
 */
export function MyActivitiesPage() {
  const { t } = useTranslation();
  const [weekday, setWeekday] = useState<string>('');
  const [offsets, setOffsets] = useState<number[]>([0]);
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
                setOffsets([0]);
              }}
            />
            {d === '' ? t('activities.mine.allWeek') : t(`activities.weekdays.${d}`)}
          </label>
        ))}
      </fieldset>
      {offsets.map((offset, index) => (
        <WeekCards
          key={offset}
          weekday={weekday}
          offset={offset}
          last={index === offsets.length - 1}
          onMore={(next) => {
            setOffsets((previous) => [...previous, next]);
          }}
        />
      ))}
    </Page>
  );
}
