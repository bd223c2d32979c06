import type { Endorsement } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError, Success } from '../ui/FormError.js';

const MINE = ['me', 'endorsements'];

/** A new invitation link: shown once, to copy or hand to the phone's own "share". */
function AskForOne({ awardId }: { awardId: string }) {
  const { t } = useTranslation();
  const invite = useApiMutation('createMyEndorsementInvitation');
  const [copied, setCopied] = useState(false);
  const url = invite.data?.url;
  return (
    <section className="stack" aria-labelledby="ask-heading">
      <h2 id="ask-heading">{t('endorsements.mine.ask')}</h2>
      <FormError error={invite.error} />
      {url === undefined ? (
        <button
          type="button"
          className="button primary big"
          disabled={invite.isPending}
          onClick={() => {
            invite.mutate({ params: { id: awardId } });
          }}
        >
          {t('endorsements.mine.ask')}
        </button>
      ) : (
        <div className="stack">
          <p id="ask-hint">{t('endorsements.mine.askHint')}</p>
          <label htmlFor="invitation-link">{t('endorsements.mine.linkLabel')}</label>
          <input id="invitation-link" readOnly value={url} aria-describedby="ask-hint" />
          <button
            type="button"
            className="button primary"
            onClick={() => {
              void navigator.clipboard.writeText(url).then(() => {
                setCopied(true);
              });
            }}
          >
            {t('endorsements.mine.copy')}
          </button>
          {typeof navigator.share === 'function' && (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                void navigator.share({ url }).catch(() => undefined);
              }}
            >
              {t('endorsements.mine.share')}
            </button>
          )}
          {copied && <Success>{t('endorsements.mine.copied')}</Success>}
        </div>
      )}
    </section>
  );
}

function EndorsementItem({ endorsement: e }: { endorsement: Endorsement }) {
  const { t } = useTranslation();
  const accept = useApiMutation('acceptMyEndorsement', [MINE]);
  const decline = useApiMutation('declineMyEndorsement', [MINE]);
  const who = [e.endorser.name, e.endorser.role, e.endorser.organisation].filter(Boolean);
  return (
    <li className="card stack">
      <p>
        <strong>{who.join(', ')}</strong>
      </p>
      <blockquote>{e.comment}</blockquote>
      <p>{t(`endorsements.mine.status.${e.status}`)}</p>
      <FormError error={accept.error ?? decline.error} />
      {e.status === 'pending' && (
        <div className="stack">
          <button
            type="button"
            className="button primary"
            disabled={accept.isPending}
            onClick={() => {
              accept.mutate({ params: { id: e.id } });
            }}
          >
            {t('endorsements.mine.accept')}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={decline.isPending}
            onClick={() => {
              decline.mutate({ params: { id: e.id } });
            }}
          >
            {t('endorsements.mine.decline')}
          </button>
        </div>
      )}
    </li>
  );
}

/** /moi/badges/:id/recommandations: ask someone to endorse this badge, and answer what came. */
export function MyEndorsementsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const mine = useApiQuery('myEndorsements', MINE, {});
  const these = mine.data?.filter((e) => e.target.kind === 'award' && e.target.id === id) ?? [];
  return (
    <Page title={t('endorsements.mine.title')}>
      <p>{t('endorsements.mine.intro')}</p>
      <AskForOne awardId={id} />
      {mine.isPending && <Loading />}
      <FormError error={mine.error} />
      {mine.isSuccess && these.length === 0 && <p>{t('endorsements.mine.empty')}</p>}
      {these.length > 0 && (
        <ul className="cards" aria-label={t('endorsements.mine.title')}>
          {these.map((e) => (
            <EndorsementItem key={e.id} endorsement={e} />
          ))}
        </ul>
      )}
      <p>
        <Link to={`/moi/badges/${id}`}>{t('endorsements.mine.back')}</Link>
      </p>
    </Page>
  );
}
