import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys, useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { FormError, Success } from '../ui/FormError.js';
import { formatDay, formatTimeRange } from '../time/time.js';
import { kindIcon } from './icons.js';

export const agendaKey = (participantId: string) =>
  ['participants', participantId, 'agenda'] as const;
const feedKey = (participantId: string) => ['participants', participantId, 'feed'] as const;

/** The référent picks a session among the upcoming ones with a seat left. */
function RegisterFlow({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const sessions = useApiQuery('bookableSessions', ['calendar', 'bookable', search], {
    query: search.trim() === '' ? {} : { q: search.trim() },
  });
  const register = useApiMutation('registerToSession', [
    agendaKey(participantId),
    queryKeys.timeline(participantId),
    ['calendar', 'bookable'],
  ]);
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="bookable-search">{t('attendance.agenda.search')}</label>
        <input
          id="bookable-search"
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
          }}
        />
      </div>
      <FormError error={register.error} />
      {done !== null && <Success>{t('attendance.agenda.registered', { title: done })}</Success>}
      {sessions.isPending && <Loading />}
      {sessions.data?.length === 0 && <p>{t('attendance.agenda.noneBookable')}</p>}
      <ul className="stack">
        {sessions.data?.map((session) => (
          <li key={session.id} className="card">
            <p className="card-title">
              <span aria-hidden="true">{kindIcon(session.activityKind)} </span>
              {session.activityTitle}
            </p>
            <p>
              {formatDay(session.startsAt, i18n.language)} ·{' '}
              {formatTimeRange(session.startsAt, session.endsAt, i18n.language)}
              {session.place !== null && ` · ${session.place}`}
            </p>
            <p className="muted">
              {t('attendance.week.seats', {
                registered: session.registeredCount,
                capacity: session.capacity,
              })}
            </p>
            <button
              type="button"
              className="button primary"
              disabled={register.isPending}
              aria-label={t('attendance.agenda.registerTo', {
                title: session.activityTitle,
                day: formatDay(session.startsAt, i18n.language),
              })}
              onClick={() => {
                register.mutate(
                  { params: { id: session.id }, body: { participantId } },
                  {
                    onSuccess: () => {
                      setDone(session.activityTitle);
                    },
                  },
                );
              }}
            >
              {t('attendance.agenda.register')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The participant's ICS address: shown once when made (only its hash is kept), revocable. */
function FeedControls({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const status = useApiQuery('participantFeed', feedKey(participantId), {
    params: { id: participantId },
  });
  const create = useApiMutation('createParticipantFeed', [feedKey(participantId)]);
  const revoke = useApiMutation('revokeParticipantFeed', [feedKey(participantId)]);
  const url = create.data ? `${window.location.origin}${create.data.url}` : null;
  return (
    <div className="stack">
      <h3>{t('attendance.feed.title')}</h3>
      <p className="hint">{t('attendance.feed.hint')}</p>
      <FormError error={create.error ?? revoke.error} />
      {url !== null && !revoke.isSuccess && (
        <div className="field">
          <label htmlFor="feed-url">{t('attendance.feed.url')}</label>
          <input
            id="feed-url"
            readOnly
            value={url}
            onFocus={(e) => {
              e.target.select();
            }}
          />
        </div>
      )}
      {status.data?.active === true && url === null && <p>{t('attendance.feed.active')}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            revoke.reset();
            create.mutate({ params: { id: participantId } });
          }}
        >
          {status.data?.active === true
            ? t('attendance.feed.regenerate')
            : t('attendance.feed.create')}
        </button>
        {status.data?.active === true && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              revoke.mutate({ params: { id: participantId } });
            }}
          >
            {t('attendance.feed.revoke')}
          </button>
        )}
      </div>
    </div>
  );
}

export function AgendaSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const agenda = useApiQuery('participantAgenda', agendaKey(participantId), {
    params: { id: participantId },
  });
  const cancel = useApiMutation('cancelRegistration', [
    agendaKey(participantId),
    queryKeys.timeline(participantId),
  ]);
  const [picking, setPicking] = useState(false);
  return (
    <div className="stack">
      <h3>{t('attendance.agenda.upcoming')}</h3>
      {agenda.isPending && <Loading />}
      {agenda.isError && <FormError error={agenda.error} />}
      <FormError error={cancel.error} />
      {agenda.data?.length === 0 && <p>{t('attendance.agenda.empty')}</p>}
      <ul className="stack">
        {agenda.data?.map((entry) => (
          <li key={entry.registrationId} className="card">
            <p className="card-title">
              <span aria-hidden="true">{kindIcon(entry.activityKind)} </span>
              {entry.activityTitle}
            </p>
            <p>
              {formatDay(entry.startsAt, i18n.language)} ·{' '}
              {formatTimeRange(entry.startsAt, entry.endsAt, i18n.language)}
              {entry.place !== null && ` · ${entry.place}`}
            </p>
            {entry.cancelled && <p className="muted">{t('attendance.week.cancelled')}</p>}
            {entry.can.cancel && (
              <button
                type="button"
                className="button secondary"
                aria-label={t('attendance.agenda.unregisterFrom', { title: entry.activityTitle })}
                onClick={() => {
                  cancel.mutate({ params: { id: entry.registrationId } });
                }}
              >
                {t('attendance.agenda.unregister')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button primary"
        aria-expanded={picking}
        onClick={() => {
          setPicking((open) => !open);
        }}
      >
        {t('attendance.agenda.pick')}
      </button>
      {picking && <RegisterFlow participantId={participantId} />}
      <FeedControls participantId={participantId} />
    </div>
  );
}
