import type { BadgeProposal, ParticipantDetail } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys, useApiMutation, useApiQuery } from '../api/hooks.js';
import { FormError, Success } from '../ui/FormError.js';
import { formatDate } from '../time/time.js';
import { BadgeChoice } from './BadgeChoice.js';

export const proposalKeys = {
  ofParticipant: (id: string) => ['participants', id, 'badge-proposals'] as const,
  choices: (id: string) => ['participants', id, 'badge-proposals', 'choices'] as const,
  incoming: ['badges', 'proposals'] as const,
};

/** Where a proposal stands, and the organisation's reason when it declined. */
export function ProposalStatus({ proposal }: { proposal: BadgeProposal }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{t(`badgeProposals.status.${proposal.status}`)}</strong>
      {proposal.declineReason !== null && (
        <p>{t('badgeProposals.declinedBecause', { reason: proposal.declineReason })}</p>
      )}
    </>
  );
}

function ProposeForm({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [achievementId, setAchievementId] = useState('');
  const [reason, setReason] = useState('');
  const choices = useApiQuery('proposableBadges', proposalKeys.choices(participantId), {
    params: { id: participantId },
  });
  const propose = useApiMutation('proposeBadge', [
    proposalKeys.ofParticipant(participantId),
    queryKeys.timeline(participantId),
  ]);
  if ((choices.data ?? []).length === 0) return null;
  return (
    <form
      className="form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (achievementId !== '' && reason.trim() !== '')
          propose.mutate(
            { params: { id: participantId }, body: { achievementId, reason: reason.trim() } },
            {
              onSuccess: () => {
                setAchievementId('');
                setReason('');
              },
            },
          );
      }}
    >
      <h3 id={`${id}-title`}>{t('badgeProposals.title')}</h3>
      <p className="hint">{t('badgeProposals.intro')}</p>
      {propose.isSuccess && <Success>{t('badgeProposals.sent')}</Success>}
      <FormError error={propose.error} />
      <BadgeChoice
        id={`${id}-badge`}
        label={t('badgeProposals.badge')}
        value={achievementId}
        onChange={setAchievementId}
        choices={choices.data ?? []}
      />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('badgeProposals.reason')}</label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          rows={3}
          onChange={(e) => {
            setReason(e.target.value);
          }}
        />
      </div>
      <button
        type="submit"
        className="button secondary"
        disabled={achievementId === '' || reason.trim() === '' || propose.isPending}
      >
        {t('badgeProposals.submit')}
      </button>
    </form>
  );
}

/** On the file's badges tab: badges proposed to other organisations, their answers, a new one. */
export function ProposalsSection({ participant }: { participant: ParticipantDetail }) {
  const { t, i18n } = useTranslation();
  const proposals = useApiQuery(
    'participantBadgeProposals',
    proposalKeys.ofParticipant(participant.id),
    {
      params: { id: participant.id },
    },
  );
  return (
    <section className="stack">
      {(proposals.data ?? []).length > 0 && (
        <>
          <h3>{t('badgeProposals.list')}</h3>
          <ul className="list">
            {proposals.data?.map((p) => (
              <li key={p.id}>
                {p.achievement.name} ({p.achievement.issuerName}),{' '}
                {formatDate(p.proposedAt, i18n.language)} : <ProposalStatus proposal={p} />
              </li>
            ))}
          </ul>
        </>
      )}
      <ProposeForm participantId={participant.id} />
    </section>
  );
}
