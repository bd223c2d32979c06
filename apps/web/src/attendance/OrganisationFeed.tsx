import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { useSession } from '../auth/session.js';
import { FormError } from '../ui/FormError.js';

const feedKey = (organisationId: string) => ['organisations', organisationId, 'feed'] as const;

function Feed({ organisationId, name }: { organisationId: string; name: string }) {
  const { t } = useTranslation();
  const status = useApiQuery('organisationFeed', feedKey(organisationId), {
    params: { id: organisationId },
  });
  const create = useApiMutation('createOrganisationFeed', [feedKey(organisationId)]);
  const revoke = useApiMutation('revokeOrganisationFeed', [feedKey(organisationId)]);
  const url =
    create.data && !revoke.isSuccess ? `${window.location.origin}${create.data.url}` : null;
  const active = status.data?.active === true;
  const fieldId = `org-feed-${organisationId}`;
  return (
    <div className="stack">
      <h3>{name}</h3>
      <FormError error={create.error ?? revoke.error} />
      {url !== null && (
        <div className="field">
          <label htmlFor={fieldId}>{t('attendance.feed.url')}</label>
          <input
            id={fieldId}
            readOnly
            value={url}
            onFocus={(e) => {
              e.target.select();
            }}
          />
        </div>
      )}
      {active && url === null && <p>{t('attendance.feed.active')}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            revoke.reset();
            create.mutate({ params: { id: organisationId } });
          }}
        >
          {active ? t('attendance.feed.regenerate') : t('attendance.feed.create')}
        </button>
        {active && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              revoke.mutate({ params: { id: organisationId } });
            }}
          >
            {t('attendance.feed.revoke')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The ICS address of each organisation I work for: its sessions in the staff's calendar app. */
export function OrganisationFeeds() {
  const { t } = useTranslation();
  const { session } = useSession();
  // The server says which organisations' feeds this person manages; memberships give the names.
  const mine = new Set(session?.user.can.organisationFeedsAt);
  const organisations = new Map<string, string>();
  for (const m of session?.user.memberships ?? [])
    if (mine.has(m.organisationId)) organisations.set(m.organisationId, m.organisationName);
  if (organisations.size === 0) return null;
  return (
    <section className="stack">
      <h2>{t('attendance.feed.organisationTitle')}</h2>
      <p className="hint">{t('attendance.feed.organisationHint')}</p>
      {[...organisations].map(([id, name]) => (
        <Feed key={id} organisationId={id} name={name} />
      ))}
    </section>
  );
}
