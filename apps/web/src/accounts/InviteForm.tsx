import { zodResolver } from '@hookform/resolvers/zod';
import {
  createInvitationBodySchema,
  type CreateInvitationBody,
  type SentInvitation,
} from '@territoires/contracts';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { useSession } from '../auth/session.js';
import { SelectField, TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf, messageOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { accountKeys } from './keys.js';

/** What came of a sending: sent, failed, or (no SMTP) the link to hand over. */
export function SentOutcome({ sent }: { sent: SentInvitation }) {
  const { t } = useTranslation();
  const { email, state } = sent.invitation;
  if (sent.link !== null)
    return (
      <div className="message message-info" role="status">
        <p>{t('account.invite.handOver', { email })}</p>
        <p className="handover">{sent.link}</p>
      </div>
    );
  if (state === 'send_failed')
    return (
      <div className="message message-error" role="alert">
        <p>{t('account.invite.failed')}</p>
      </div>
    );
  return <Success>{t('account.invite.sent', { email })}</Success>;
}

/** An org_admin invites to their organisations; coordination to any, with every role. */
export function InviteForm() {
  const { t } = useTranslation();
  const rolesId = useId();
  const { session } = useSession();
  const can = session?.user.can;
  const organisations = useApiQuery('listOrganisations', accountKeys.organisations);
  const create = useApiMutation('createInvitation', [accountKeys.invitations]);
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const scope = can?.administerAccountsAt ?? [];
  const choices = (organisations.data ?? []).filter((o) => scope === 'all' || scope.includes(o.id));
  const form = useForm<CreateInvitationBody>({
    resolver: zodResolver(createInvitationBodySchema),
    defaultValues: {
      email: '',
      organisationId: scope === 'all' ? '' : (scope[0] ?? ''),
      roles: [],
    },
  });
  const field = fieldsOf(form);
  const { submitError, onSubmit } = useFormSubmit(form, async (body) => {
    setSent(null);
    setSent(await create.mutateAsync({ body }));
    form.reset({ ...body, email: '', roles: [] });
  });
  const { roles: rolesNode } = form.formState.errors;
  const rolesError = messageOf(rolesNode);
  return (
    <form
      className="card form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="invite-title"
    >
      <h2 id="invite-title">{t('account.invite.title')}</h2>
      <FormError error={submitError.error} />
      {sent !== null && <SentOutcome sent={sent} />}
      <TextField
        label={t('account.invite.email')}
        type="email"
        autoComplete="off"
        inputMode="email"
        {...field('email')}
      />
      <SelectField
        label={t('account.invite.organisation')}
        placeholder="—"
        options={choices.map((o) => ({ value: o.id, label: o.name }))}
        {...field('organisationId')}
      />
      <fieldset
        className="roles-fieldset field"
        aria-describedby={rolesError ? `${rolesId}-error` : undefined}
      >
        <legend>{t('account.invite.roles')}</legend>
        {(can?.grantableRoles ?? []).map((role) => (
          <div key={role} className="checkbox">
            <input
              id={`${rolesId}-${role}`}
              type="checkbox"
              value={role}
              {...form.register('roles')}
            />
            <label htmlFor={`${rolesId}-${role}`}>{t(`codes.role.${role}`)}</label>
          </div>
        ))}
        {rolesError !== undefined && (
          <p id={`${rolesId}-error`} className="field-error">
            {rolesError}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('account.invite.submit')}
      </button>
    </form>
  );
}
