import type { Invitation, SentInvitation } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { formatDate } from '../time/time.js';
import { FormError } from '../ui/FormError.js';
import { SentOutcome } from './InviteForm.js';
import { accountKeys } from './keys.js';

const OPEN = new Set<Invitation['state']>(['sent', 'send_failed', 'link_only', 'expired']);

/** The invitations one runs: their state, and re-send or cancel while they are open. */
export function InvitationList() {
  const { t, i18n } = useTranslation();
  const invitations = useApiQuery('listInvitations', accountKeys.invitations);
  const resend = useApiMutation('resendInvitation', [accountKeys.invitations]);
  const cancel = useApiMutation('cancelInvitation', [accountKeys.invitations]);
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const busy = resend.isPending || cancel.isPending;
  return (
    <section className="card stack" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('account.invitations.title')}</h2>
      {invitations.isPending && <Loading />}
      <FormError error={invitations.error ?? resend.error ?? cancel.error} />
      {sent !== null && <SentOutcome sent={sent} />}
      {invitations.data?.length === 0 && <p>{t('account.invitations.empty')}</p>}
      <ul className="stack">
        {(invitations.data ?? []).map((invitation) => (
          <li key={invitation.id}>
            <p>
              <span className="state">{t(`account.invitations.state.${invitation.state}`)}</span>
              {' – '}
              {t('account.invitations.line', {
                email: invitation.email,
                organisation: invitation.organisationName,
              })}
            </p>
            <p className="hint">
              {invitation['roles'].map((role) => t(`codes.role.${role}`)).join(', ')}.{' '}
              {t('account.invitations.sentAt', {
                date: formatDate(invitation.sentAt, i18n.language),
                name: invitation.invitedBy,
              })}
            </p>
            {OPEN.has(invitation.state) && (
              <div className="button-row">
                <button
                  type="button"
                  className="button secondary"
                  disabled={busy}
                  onClick={() => {
                    resend.mutate({ params: { id: invitation.id } }, { onSuccess: setSent });
                  }}
                >
                  {t('account.invitations.resend', { email: invitation.email })}
                </button>
                <button
                  type="button"
                  className="button secondary"
                  disabled={busy}
                  onClick={() => {
                    cancel.mutate({ params: { id: invitation.id } });
                  }}
                >
                  {t('account.invitations.cancel', { email: invitation.email })}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
