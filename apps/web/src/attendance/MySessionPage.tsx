import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError, Success } from '../ui/FormError.js';
import { kindIcon } from './icons.js';
import { formatDay, formatTimeRange } from '../time/time.js';
import { myAgendaKey } from './MyAgendaPage.js';

const mySessionKey = (id: string) => ['me', 'sessions', id] as const;

/** One session for the participant, with one big action: register, or cancel. */
export function MySessionPage() {
  const { t, i18n } = useTranslation();
  const { sessionId = '' } = useParams();
  const queryClient = useQueryClient();
  const session = useApiQuery('mySession', mySessionKey(sessionId), { params: { id: sessionId } });
  const register = useApiMutation('registerMe', [myAgendaKey]);
  const unregister = useApiMutation('unregisterMe', [myAgendaKey]);
  const update = {
    onSuccess: (data: unknown) => queryClient.setQueryData(mySessionKey(sessionId), data),
  };
  if (session.isPending) return <Loading />;
  if (session.isError) return <FormError error={session.error} />;
  const s = session.data;
  const busy = register.isPending || unregister.isPending;
  return (
    <Page title={s.activityTitle}>
      <p>
        <Link to="/moi/agenda">
          <span aria-hidden="true">← </span>
          {t('attendance.me.back')}
        </Link>
      </p>
      <ul className="my-session-facts">
        <li>
          <span aria-hidden="true">{kindIcon(s.activityKind)} </span>
          {t(`attendance.kind.${s.activityKind}`, { defaultValue: s.activityKind })}
        </li>
        <li>
          <span aria-hidden="true">📅 </span>
          {formatDay(s.startsAt, i18n.language)}
        </li>
        <li>
          <span aria-hidden="true">🕑 </span>
          {formatTimeRange(s.startsAt, s.endsAt, i18n.language)}
        </li>
        {s.place !== null && (
          <li>
            <span aria-hidden="true">📍 </span>
            {s.place}
          </li>
        )}
      </ul>
      {s.description !== '' && <p>{s.description}</p>}
      <FormError error={register.error ?? unregister.error} />
      {register.isSuccess && s.registered && <Success>{t('attendance.me.registered')}</Success>}
      {unregister.isSuccess && !s.registered && (
        <Success>{t('attendance.me.unregistered')}</Success>
      )}
      {s.registered ? (
        <>
          <p className="big-text">
            <span aria-hidden="true">✓ </span>
            {t('attendance.me.youAreRegistered')}
          </p>
          {s.closedReason !== 'in_past' && (
            <button
              type="button"
              className="button secondary big"
              disabled={busy}
              onClick={() => {
                unregister.mutate({ params: { id: sessionId } }, update);
              }}
            >
              {t('attendance.me.unregister')}
            </button>
          )}
        </>
      ) : s.closedReason === null ? (
        <>
          <p>{t('attendance.me.spots', { count: s.spotsLeft })}</p>
          <button
            type="button"
            className="button primary big"
            disabled={busy}
            onClick={() => {
              register.mutate({ params: { id: sessionId } }, update);
            }}
          >
            {t('attendance.me.register')}
          </button>
        </>
      ) : (
        <p className="big-text">{t(`attendance.me.closed.${s.closedReason}`)}</p>
      )}
    </Page>
  );
}
