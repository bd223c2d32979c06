import type { Award, ParticipantDetail } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys, useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { BadgeCard } from './BadgeCard.js';
import { badgeKeys } from './keys.js';
import { NameChoice } from './NameChoice.js';
import { InviteToEndorse } from '../endorsements/InviteToEndorse.js';
import { TeamObjectivesPicker } from './ObjectivesPicker.js';
import { OfferForm } from './OfferForm.js';
import { VcJwtDownload } from './VcJwtDownload.js';
import './badges.css';

function AwardActions({ award }: { award: Award }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState<'accept' | 'revoke' | null>(null);
  const [reason, setReason] = useState('');
  const refresh = [
    badgeKeys.ofParticipant(award.participantId),
    queryKeys.timeline(award.participantId),
  ];
  const accept = useApiMutation('recordAwardAcceptance', refresh);
  const revoke = useApiMutation('revokeAward', refresh);
  return (
    <div className="stack">
      <FormError error={accept.error ?? revoke.error} />
      {award.status === 'accepted' && (
        <VcJwtDownload awardId={award.id} name={award.achievement.name} />
      )}
      {award.status === 'accepted' && <InviteToEndorse target={{ kind: 'award', id: award.id }} />}
      {award.can.accept && open !== 'accept' && (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setOpen('accept');
          }}
        >
          {t('badges.awards.acceptWith')}
        </button>
      )}
      {award.can.accept && open === 'accept' && (
        <NameChoice
          pseudonymLabel={t('badges.name.pseudonymStaff')}
          pending={accept.isPending}
          onChoose={(name) => {
            accept.mutate({ params: { id: award.id }, body: { name } });
          }}
        />
      )}
      {award.can.revoke && open !== 'revoke' && (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setOpen('revoke');
          }}
        >
          {t('badges.awards.revoke')}
        </button>
      )}
      {award.can.revoke && open === 'revoke' && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() !== '') revoke.mutate({ params: { id: award.id }, body: { reason } });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('badges.awards.reason')}</label>
            <textarea
              id={`${id}-reason`}
              maxLength={500}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
              }}
            />
          </div>
          <button
            type="submit"
            className="button primary"
            disabled={reason.trim() === '' || revoke.isPending}
          >
            {t('badges.awards.revokeSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}

/** On the participant's file: their badges, and offering one of the organisation's. */
export function AwardsSection({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const awards = useApiQuery('participantAwards', badgeKeys.ofParticipant(participant.id), {
    params: { id: participant.id },
  });
  if (awards.isPending) return <Loading />;
  if (awards.isError) return <FormError error={awards.error} />;
  return (
    <div className="stack">
      <OfferForm participantId={participant.id} />
      <h3>{t('badges.awards.title')}</h3>
      {awards.data.length === 0 && <p>{t('badges.awards.none')}</p>}
      <ul className="cards">
        {awards.data.map((award) => (
          <li key={award.id}>
            <BadgeCard award={award}>
              <AwardActions award={award} />
              {award.status !== 'declined' && (
                <TeamObjectivesPicker awardId={award.id} participantId={participant.id} />
              )}
            </BadgeCard>
          </li>
        ))}
      </ul>
    </div>
  );
}
