import { useQueryClient } from '@tanstack/react-query';
import type { MySession } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { MapLink } from '../ui/MapLink.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError, Success } from '../ui/FormError.js';
import { formatDay, formatTimeRange } from '../time/time.js';
import { kindIcon } from './icons.js';
import { myAgendaKey } from './MyAgendaPage.js';

const mySessionKey = (id: string) => ['me', 'sessions', id] as const;

/** Kind, day, time and place, each with its pictogram. */
function SessionFacts({ s }: { s: MySession }) {
  const { t, i18n } = useTranslation();
  return (
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
          {s.place} <MapLink address={s.place} />
        </li>
      )}
    </ul>
  );
}

/** Registered (and may cancel), open (and may register), or closed and why. */
function RegistrationAction({
  s,
  busy,
  register,
  unregister,
}: {
  s: MySession;
  busy: boolean;
  register: () => void;
  unregister: () => void;
}) {
  const { t } = useTranslation();
  if (s.registered)
    return (
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
            onClick={unregister}
          >
            {t('attendance.me.unregister')}
          </button>
        )}
      </>
    );
  if (s.closedReason === null)
    return (
      <>
        <p>{t('attendance.me.spots', { count: s.spotsLeft })}</p>
        <button type="button" className="button primary big" disabled={busy} onClick={register}>
          {t('attendance.me.register')}
        </button>
      </>
    );
  return <p className="big-text">{t(`attendance.me.closed.${s.closedReason}`)}</p>;
}

/** One session for the participant, with one big action: register, or cancel. */
export function MySessionPage() {
  const { t } = useTranslation();
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
  return (
    <Page title={s.activityTitle}>
      <p>
        <Link to="/moi/agenda">
          <span aria-hidden="true">← </span>
          {t('attendance.me.back')}
        </Link>
      </p>
      <SessionFacts s={s} />
      {s.description !== '' && <p>{s.description}</p>}
      <FormError error={register.error ?? unregister.error} />
      {register.isSuccess && s.registered && <Success>{t('attendance.me.registered')}</Success>}
      {unregister.isSuccess && !s.registered && (
        <Success>{t('attendance.me.unregistered')}</Success>
      )}
      <RegistrationAction
        s={s}
        busy={register.isPending || unregister.isPending}
        register={() => {
          register.mutate({ params: { id: sessionId } }, update);
        }}
        unregister={() => {
          unregister.mutate({ params: { id: sessionId } }, update);
        }}
      />
    </Page>
  );
}
