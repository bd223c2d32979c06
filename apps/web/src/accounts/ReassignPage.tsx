import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { formatDate } from '../time/time.js';
import { FormError } from '../ui/FormError.js';
import { accountKeys } from './keys.js';

/**
 * A leaver's files and sessions to come, before or after deactivation: each links to the existing
 * write (the file's team, the activity's session), so reassigning follows the same rules as ever.
 */
export function ReassignPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const accounts = useApiQuery('listAccounts', accountKeys.accounts, { query: {} });
  const held = useApiQuery('accountAssignments', [...accountKeys.accounts, id, 'assignments'], {
    params: { id },
  });
  const name = accounts.data?.find((a) => a.id === id)?.displayName ?? '';
  const data = held.data;
  return (
    <Page title={t('account.reassign.title', { name })}>
      <div className="stack">
        <p>
          <Link to="/comptes">{t('account.reassign.back')}</Link>
        </p>
        {held.isPending && <Loading />}
        <FormError error={held.error} />
        {data && (
          <>
            <section className="card stack" aria-labelledby="files-title">
              <h2 id="files-title">
                {t('account.reassign.files', { count: data.participantCount })}
              </h2>
              {data.participants === null ? (
                data.participantCount > 0 && <p>{t('account.reassign.filesHidden')}</p>
              ) : (
                <ul>
                  {data.participants.map((p) => (
                    <li key={p.id}>
                      <Link to={`/participants/${p.id}?section=equipe`}>
                        {t('account.reassign.team', { pseudonym: p.pseudonym })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card stack" aria-labelledby="sessions-title">
              <h2 id="sessions-title">
                {t('account.reassign.sessions', { count: data.sessions.length })}
              </h2>
              <ul>
                {data.sessions.map((s) => (
                  <li key={s.id}>
                    <Link to={`/activites/${s.activityId}`}>
                      {t('account.reassign.session', {
                        title: s.activityTitle,
                        date: formatDate(s.startsAt, i18n.language),
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </div>
    </Page>
  );
}
