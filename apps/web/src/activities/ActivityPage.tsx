import { useQueryClient } from '@tanstack/react-query';
import type { Activity } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../api/context.js';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatSlot } from '../time/time.js';
import { activityKeys, KIND_ICONS } from './format.js';

function Details({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t('activities.organisation'), activity.organisationName],
    [t('activities.kind'), t(`codes.activityKind.${activity.kind}`)],
    [
      t('activities.address'),
      [activity.address, activity.postalCode, activity.commune].filter(Boolean).join(', ') || null,
    ],
    [t('activities.territory'), activity.territory && t(`codes.territory.${activity.territory}`)],
    [
      t('activities.thematiques'),
      activity.thematiques.map((c) => t(`codes.thematique.${c}`)).join(', ') || null,
    ],
    [t('activities.equipment'), activity.equipment],
    [t('activities.contactEmail'), activity.contactEmail],
    [t('activities.contactPhone'), activity.contactPhone],
  ];
  return (
    <section className="card" aria-labelledby="activity-details">
      <h2 id="activity-details">{t('activities.details')}</h2>
      {activity.description !== '' && <p>{activity.description}</p>}
      <dl className="facts">
        {rows
          .filter(([, value]) => value !== null && value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {activity.openToOtherPublics && <p>{t('activities.openToAll')}</p>}
    </section>
  );
}

function Sessions({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const client = useApi();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const sessions = useApiQuery('listActivitySessions', activityKeys.sessions(activity.id), {
    params: { id: activity.id },
  });
  const cancel = async (id: string, version: number) => {
    setError(null);
    try {
      await client.call('cancelSession', { params: { id }, body: { version } });
      await queryClient.invalidateQueries({ queryKey: activityKeys.all });
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section className="card" aria-labelledby="activity-sessions">
      <h2 id="activity-sessions">{t('activities.sessions')}</h2>
      {activity.canManage && activity.archivedAt === null && (
        <p>
          <Link className="button primary" to={`/activites/${activity.id}/serie`}>
            {t('activities.planSeries')}
          </Link>{' '}
          <Link className="button" to={`/activites/${activity.id}/seance`}>
            {t('activities.planSession')}
          </Link>
        </p>
      )}
      <FormError error={error} />
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <FormError error={sessions.error} />
      ) : sessions.data.length === 0 ? (
        <p>{t('activities.noSessions')}</p>
      ) : (
        <ul className="session-list">
          {sessions.data.map((s) => (
            <li key={s.id}>
              <Link to={`/seances/${s.id}`}>{formatSlot(s.startsAt, s.endsAt, i18n.language)}</Link>
              {s.place !== null && ` · ${s.place}`}
              {' · '}
              {s.seatsLeft > 0
                ? t('activities.seatsLeft', { count: s.seatsLeft })
                : t('activities.full')}
              {s.can.cancel && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button link"
                    aria-label={`${t('activities.cancelSession')} : ${formatSlot(s.startsAt, s.endsAt, i18n.language)}`}
                    onClick={() => void cancel(s.id, s.version)}
                  >
                    {t('activities.cancelSession')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ActivityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useApi();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const activity = useApiQuery('getActivity', activityKeys.activity(id), { params: { id } });
  if (activity.isPending) return <Loading />;
  if (activity.isError) return <FormError error={activity.error} />;
  const a = activity.data;
  const archive = async () => {
    if (!window.confirm(t('activities.archiveConfirm'))) return;
    try {
      const updated = await client.call('archiveActivity', {
        params: { id },
        body: { version: a.version },
      });
      queryClient.setQueryData(activityKeys.activity(id), updated);
      await queryClient.invalidateQueries({ queryKey: activityKeys.all });
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Page
      title={a.title}
      actions={
        a.canManage && a.archivedAt === null ? (
          <div className="actions">
            <Link className="button" to={`/activites/${id}/modifier`}>
              {t('activities.edit')}
            </Link>
            <button type="button" className="button" onClick={() => void archive()}>
              {t('activities.archive')}
            </button>
          </div>
        ) : undefined
      }
    >
      <p className="activity-kind">
        <span aria-hidden="true">{KIND_ICONS[a.kind]}</span> {t(`codes.activityKind.${a.kind}`)}
        {a.archivedAt !== null && <span className="badge"> {t('activities.archived')}</span>}
      </p>
      <FormError error={error} />
      <Sessions activity={a} />
      <Details activity={a} />
    </Page>
  );
}
