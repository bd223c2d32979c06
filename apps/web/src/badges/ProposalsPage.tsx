import type { BadgeProposal } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatDate } from '../time/time.js';
import { ProposalStatus, proposalKeys } from './ProposalsSection.js';

function Decide({ proposal }: { proposal: BadgeProposal }) {
  const { t } = useTranslation();
  const id = useId();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const accept = useApiMutation('acceptBadgeProposal', [proposalKeys.incoming]);
  const decline = useApiMutation('declineBadgeProposal', [proposalKeys.incoming]);
  return (
    <div className="stack">
      <FormError error={accept.error ?? decline.error} />
      {!declining && (
        <div className="actions">
          <button
            type="button"
            className="button primary"
            disabled={accept.isPending}
            onClick={() => {
              accept.mutate({ params: { id: proposal.id } });
            }}
          >
            {t('badgeProposals.accept')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setDeclining(true);
            }}
          >
            {t('badgeProposals.decline')}
          </button>
        </div>
      )}
      {declining && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() !== '')
              decline.mutate({ params: { id: proposal.id }, body: { reason: reason.trim() } });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('badgeProposals.declineReason')}</label>
            <textarea
              id={`${id}-reason`}
              value={reason}
              rows={3}
              onChange={(e) => {
                setReason(e.target.value);
              }}
            />
          </div>
          <button type="submit" className="button secondary" disabled={decline.isPending}>
            {t('badgeProposals.declineSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}

/** /badges/propositions: what référents of other organisations propose of ours; accept or decline. */
export function ProposalsPage() {
  const { t, i18n } = useTranslation();
  const proposals = useApiQuery('incomingBadgeProposals', proposalKeys.incoming);
  return (
    <Page title={t('badgeProposals.incoming')}>
      {proposals.isPending && <Loading />}
      <FormError error={proposals.error} />
      {proposals.data?.length === 0 && <p>{t('badgeProposals.none')}</p>}
      {proposals.data?.map((p) => (
        <article key={p.id} className="card">
          <h2 className="card-title">{p.achievement.name}</h2>
          <p>
            {t('badgeProposals.for', {
              pseudonym: p.participantPseudonym,
              date: formatDate(p.proposedAt, i18n.language),
            })}
          </p>
          <blockquote>{p.reason}</blockquote>
          <ProposalStatus proposal={p} />
          {p.can.decide && <Decide proposal={p} />}
        </article>
      ))}
    </Page>
  );
}
