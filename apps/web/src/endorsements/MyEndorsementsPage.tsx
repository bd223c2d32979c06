import type { Endorsement } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { InvitationLink } from './InvitationLink.js';

const MINE = ['me', 'endorsements'];

/** Ask someone: a new link each time. */
function AskForOne({ awardId }: { awardId: string }) {
  const { t } = useTranslation();
  const invite = useApiMutation('createMyEndorsementInvitation');
  return (
    <section className="stack" aria-labelledby="ask-heading">
      <h2 id="ask-heading">{t('endorsements.mine.ask')}</h2>
      <FormError error={invite.error} />
      {invite.data === undefined ? (
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
        <InvitationLink url={invite.data.url} />
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
