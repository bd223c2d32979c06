import type { Account, ResetLink } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { useSession } from '../auth/session.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError, Success } from '../ui/FormError.js';
import { InvitationList } from './InvitationList.js';
import { InviteForm } from './InviteForm.js';
import { accountKeys } from './keys.js';
import './accounts.css';

interface ItemProps {
  account: Account;
  onDeactivated: (name: string) => void;
}

/** Deactivation, asked twice: the second button names what happens. */
function Deactivate({ account, onDeactivated }: ItemProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const deactivate = useApiMutation('deactivateAccount', [accountKeys.accounts]);
  const name = account.displayName;
  return (
    <>
      <FormError error={deactivate.error} />
      {confirming ? (
        <button
          type="button"
          className="button primary"
          disabled={deactivate.isPending}
          onClick={() => {
            deactivate.mutate(
              { params: { id: account.id } },
              {
                onSuccess: () => {
                  onDeactivated(name);
                },
              },
            );
          }}
        >
          {t('account.accounts.deactivateConfirm', { name })}
        </button>
      ) : (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('account.accounts.deactivate', { name })}
        </button>
      )}
    </>
  );
}

/** One account: its roles here, a reset link to hand over, deactivation (asked twice). */
function AccountItem({ account, onDeactivated }: ItemProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [link, setLink] = useState<ResetLink | null>(null);
  const reset = useApiMutation('createResetLink');
  const name = account.displayName;
  const self = session?.user.id === account.id;
  return (
    <li className="stack">
      <p>
        <strong>{name}</strong> – {account.email}
        {!account.active && <span className="state"> ({t('account.accounts.inactive')})</span>}
      </p>
      <p className="hint">
        {account.memberships
          .map((m) => `${t(`codes.role.${m.role}`)}, ${m.organisationName}`)
          .join(' ; ')}
      </p>
      <FormError error={reset.error} />
      {link !== null && (
        <div className="message message-info" role="status">
          <p>{t('account.accounts.resetLinkDone', { name })}</p>
          <p className="handover">{link.link}</p>
        </div>
      )}
      {!self && (
        <p>
          <Link to={`/comptes/${account.id}/reassigner`}>
            {t('account.accounts.reassign', { name })}
          </Link>
        </p>
      )}
      {account.active && !self && (
        <div className="button-row">
          <button
            type="button"
            className="button secondary"
            disabled={reset.isPending}
            onClick={() => {
              reset.mutate({ params: { id: account.id } }, { onSuccess: setLink });
            }}
          >
            {t('account.accounts.resetLink', { name })}
          </button>
          <Deactivate account={account} onDeactivated={onDeactivated} />
        </div>
      )}
    </li>
  );
}

/** Coordination and org_admins: invite, follow invitations, run the accounts of their organisations. */
export function AccountsPage() {
  const { t } = useTranslation();
  const accounts = useApiQuery('listAccounts', accountKeys.accounts, { query: {} });
  const [deactivated, setDeactivated] = useState<string | null>(null);
  return (
    <Page title={t('account.accounts.title')}>
      <div className="stack">
        <InviteForm />
        <InvitationList />
        <section className="card stack" aria-labelledby="people-title">
          <h2 id="people-title">{t('account.accounts.people')}</h2>
          {deactivated !== null && (
            <Success>{t('account.accounts.deactivated', { name: deactivated })}</Success>
          )}
          {accounts.isPending && <Loading />}
          <FormError error={accounts.error} />
          {accounts.data?.length === 0 && <p>{t('account.accounts.empty')}</p>}
          <ul className="stack">
            {(accounts.data ?? []).map((account) => (
              <AccountItem key={account.id} account={account} onDeactivated={setDeactivated} />
            ))}
          </ul>
        </section>
      </div>
    </Page>
  );
}
