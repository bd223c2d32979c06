import type { EndorsementTarget } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.js';
import { FormError } from '../ui/FormError.js';
import { InvitationLink } from './InvitationLink.js';

/** Staff: a link for a company contact or a person to endorse this badge, issuer or award. */
export function InviteToEndorse({ target }: { target: EndorsementTarget }) {
  const { t } = useTranslation();
  const invite = useApiMutation('createEndorsementInvitation');
  return (
    <div className="stack">
      <FormError error={invite.error} />
      {invite.data === undefined ? (
        <button
          type="button"
          className="button secondary"
          disabled={invite.isPending}
          onClick={() => {
            invite.mutate({ body: target });
          }}
        >
          {t('endorsements.staff.invite')}
        </button>
      ) : (
        <InvitationLink url={invite.data.url} />
      )}
    </div>
  );
}
