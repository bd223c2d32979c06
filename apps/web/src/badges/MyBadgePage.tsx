import type { BackpackEntry } from '@territoires/contracts';
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
import { BadgeKeep } from './BadgeKeep.js';

type Step = 'look' | 'accept' | 'decline';

/** An answer changes my badges, my backpack and, once accepted, my objectives. */
const ANSWERED = [badgeKeys.mine, badgeKeys.backpack, badgeKeys.objectives];

/** /moi/badges/:id: a badge offered to me; one thing to do at a time: accept (and the name), or decline. */
export function MyBadgePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { session } = useParticipantSession();
  const [step, setStep] = useState<Step>('look');
  const awards = useApiQuery('myBackpack', badgeKeys.backpack);
  const accept = useApiMutation('acceptMyAward', ANSWERED);
  const decline = useApiMutation('declineMyAward', ANSWERED);
  const entry: BackpackEntry | undefined = awards.data?.find((e) => e.award.id === id);
  const award = entry?.award;
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
          {entry !== undefined && award.status !== 'offered' && <BadgeKeep entry={entry} />}
        </BadgeCard>
      )}
      <p>
        <Link to="/moi/badges">{t('badges.me.back')}</Link>
      </p>
    </Page>
  );
}
