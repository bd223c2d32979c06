import type { EndorsementInvitationPreview } from '@territoires/contracts';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError, Success } from '../ui/FormError.js';

const FIELDS = ['name', 'organisation', 'role', 'url'] as const;
type Field = (typeof FIELDS)[number];
const AUTOCOMPLETE: Record<Field, string> = {
  name: 'name',
  organisation: 'organization',
  role: 'organization-title',
  url: 'url',
};

function Target({ preview }: { preview: EndorsementInvitationPreview }) {
  const { t } = useTranslation();
  const { target } = preview;
  return (
    <article className="card stack">
      {target.imageUrl !== null && (
        <img src={target.imageUrl} alt={target.imageAlt} width={96} height={96} />
      )}
      <h2>{target.name}</h2>
      <p>{target.description}</p>
      <p>{t('endorsements.endorse.issuer', { name: target.issuerName })}</p>
      {target.recipientName !== null && (
        <p>{t('endorsements.endorse.forWhom', { name: target.recipientName })}</p>
      )}
    </article>
  );
}

function EndorseForm({ token, award }: { token: string; award: boolean }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field | 'comment', string>>({
    name: '',
    organisation: '',
    role: '',
    url: '',
    comment: '',
  });
  const endorse = useApiMutation('endorseByInvitation');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    endorse.mutate({ params: { token }, body: values });
  };
  if (endorse.isSuccess)
    return (
      <div className="stack">
        <Success>{t('endorsements.endorse.done')}</Success>
        {award && <p>{t('endorsements.endorse.doneAward')}</p>}
      </div>
    );
  const set = (field: Field | 'comment') => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: event.target.value }));
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={endorse.error} />
      {FIELDS.map((field) => (
        <div className="field" key={field}>
          <label htmlFor={`endorse-${field}`}>{t(`endorsements.endorse.${field}`)}</label>
          {field === 'url' && (
            <p className="hint" id="endorse-url-hint">
              {t('endorsements.endorse.urlHint')}
            </p>
          )}
          <input
            id={`endorse-${field}`}
            type={field === 'url' ? 'url' : 'text'}
            autoComplete={AUTOCOMPLETE[field]}
            aria-describedby={field === 'url' ? 'endorse-url-hint' : undefined}
            value={values[field]}
            onChange={set(field)}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor="endorse-comment">{t('endorsements.endorse.comment')}</label>
        <p className="hint" id="endorse-comment-hint">
          {t('endorsements.endorse.commentHint')}
        </p>
        <textarea
          id="endorse-comment"
          rows={4}
          aria-describedby="endorse-comment-hint"
          value={values.comment}
          onChange={set('comment')}
        />
      </div>
      <button type="submit" className="button primary big" disabled={endorse.isPending}>
        {t('endorsements.endorse.submit')}
      </button>
    </form>
  );
}

/**
 * /moi/recommander#<token>: what an invitation link opens (the token after #, never in a server log),
 * for someone without an account: the badge, then their name and words, signed.
 */
export function EndorsePage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const token = decodeURIComponent(hash.slice(1));
  const preview = useApiQuery(
    'previewEndorsementInvitation',
    ['endorsement-invitations', token],
    { params: { token } },
    { retry: false, enabled: token !== '' },
  );
  return (
    <Page title={t('endorsements.endorse.title')}>
      {token === '' && <p>{t('endorsements.endorse.noLink')}</p>}
      {token !== '' && preview.isPending && <Loading />}
      {preview.isError && <FormError error={preview.error} />}
      {preview.data !== undefined && (
        <div className="stack">
          <p>{t('endorsements.endorse.intro')}</p>
          <Target preview={preview.data} />
          <EndorseForm token={token} award={preview.data.target.kind === 'award'} />
        </div>
      )}
    </Page>
  );
}
