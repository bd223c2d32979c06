import type { Award } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { useParticipantSession } from '../me/session.js';
import { FormError, Success } from '../ui/FormError.js';
import { BadgeCard } from './BadgeCard.js';
import { badgeKeys } from './keys.js';
import { NameChoice } from './NameChoice.js';
import { VcJwtDownload } from './VcJwtDownload.js';

type Step = 'look' | 'accept' | 'decline';

/** What the person does with a badge they hold: keep its file, ask for endorsements. */
function AcceptedActions({ award }: { award: Award }) {
  const { t } = useTranslation();
  return (
    <>
      <VcJwtDownload awardId={award.id} name={award.achievement.name} />
      <Link className="button secondary" to={`/moi/badges/${award.id}/recommandations`}>
        {t('endorsements.mine.link')}
      </Link>
    </>
  );
}

/** /moi/badges/:id: a badge offered to me; one thing to do at a time: accept (and the name), or decline. */
export function MyBadgePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useParticipantSession();
  const [step, setStep] = useState<Step>('look');
  const awards = useApiQuery('myAwards', badgeKeys.mine);
  const accept = useApiMutation('acceptMyAward', [badgeKeys.mine]);
  const decline = useApiMutation('declineMyAward', [badgeKeys.mine]);
  const award: Award | undefined = awards.data?.find((a) => a.id === id);
  const error = accept.error ?? decline.error;
  return (
    <Page title={award?.achievement.name ?? t('badges.me.new')}>
      {awards.isPending && <Loading />}
      {awards.isError && <FormError error={awards.error} />}
      <FormError error={error} />
      {accept.isSuccess && <Success>{t('badges.me.accepted')}</Success>}
      {decline.isSuccess && <Success>{t('badges.me.declined')}</Success>}
      {award !== undefined && (
        <BadgeCard award={award}>
          <p>{award.achievement.description}</p>
          {award.status === 'offered' && step === 'look' && (
            <div className="stack">
              <button
                type="button"
                className="button primary big"
                onClick={() => {
                  setStep('accept');
                }}
              >
                <span aria-hidden="true">✓ </span>
                {t('badges.me.accept')}
              </button>
              <button
                type="button"
                className="button secondary big"
                onClick={() => {
                  setStep('decline');
                }}
              >
                <span aria-hidden="true">✕ </span>
                {t('badges.me.decline')}
              </button>
            </div>
          )}
          {award.status === 'offered' && step === 'accept' && (
            <NameChoice
              pseudonymLabel={t('badges.name.pseudonym', { pseudonym: session?.pseudonym ?? '' })}
              pending={accept.isPending}
              onChoose={(name) => {
                accept.mutate({ params: { id }, body: { name } });
              }}
            />
          )}
          {award.status === 'offered' && step === 'decline' && (
            <div className="stack">
              <p>{t('badges.me.declineSure')}</p>
              <button
                type="button"
                className="button primary big"
                disabled={decline.isPending}
                onClick={() => {
                  decline.mutate({ params: { id } });
                }}
              >
                {t('badges.me.declineConfirm')}
              </button>
            </div>
          )}
          {award.status === 'accepted' && <AcceptedActions award={award} />}
        </BadgeCard>
      )}
      <p>
        <Link to="/moi/badges">{t('badges.me.back')}</Link>
      </p>
    </Page>
  );
}
