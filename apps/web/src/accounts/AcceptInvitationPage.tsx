import type { AcceptInvitationBody } from '@territoires/contracts';
import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/context.js';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { NewPasswordField, tokenFromHash, useAdvice } from './password.js';

type Values = Required<Pick<AcceptInvitationBody, 'displayName' | 'password' | 'currentPassword'>>;

/** An existing account's owner types their password; a newcomer chooses a name and a password. */
function InvitationFields({
  existing,
  advice,
  form,
}: {
  existing: boolean;
  advice: string[];
  form: UseFormReturn<Values>;
}) {
  const { t } = useTranslation();
  const field = fieldsOf(form);
  if (existing)
    return (
      <>
        <p>{t('account.invitation.existing')}</p>
        <TextField
          label={t('account.invitation.current')}
          type="password"
          autoComplete="current-password"
          {...field('currentPassword')}
        />
      </>
    );
  return (
    <>
      <TextField
        label={t('account.invitation.name')}
        autoComplete="name"
        {...field('displayName')}
      />
      <NewPasswordField
        label={t('account.invitation.password')}
        advice={advice}
        {...field('password')}
      />
    </>
  );
}

/** The page an invitation's link opens (public): a name and a password, or just "accept". */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const client = useApi();
  const [token] = useState(tokenFromHash);
  const preview = useApiQuery(
    'previewInvitation',
    ['invitation', token],
    { params: { token } },
    { retry: false, enabled: token.length >= 20 },
  );
  const { advice, watch } = useAdvice();
  const form = useForm<Values>({
    defaultValues: { displayName: '', password: '', currentPassword: '' },
  });
  const existing = preview.data?.existingAccount === true;
  const { submitError, done, onSubmit } = useFormSubmit(form, async (values) => {
    const { currentPassword, ...details } = values;
    const body = existing ? { token, currentPassword } : { token, ...details };
    await watch(() => client.call('acceptInvitation', { body }));
  });
  // Role names to read, not to decide from: what the invitation grants.
  const { roles: granted = [] } = preview.data ?? {};
  const roles = granted.map((role) => t(`codes.role.${role}`)).join(', ');
  return (
    <Page title={t('account.invitation.title')}>
      {preview.isPending && token.length >= 20 && <Loading />}
      {(preview.isError || token.length < 20) && (
        <div className="card stack">
          <p>{t('account.linkInvalid')}</p>
        </div>
      )}
      {preview.data && (
        <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
          <p>
            {t('account.invitation.intro', { organisation: preview.data.organisationName, roles })}
          </p>
          <p>{t('account.invitation.email', { email: preview.data.email })}</p>
          <FormError error={submitError.error} />
          {done ? (
            <>
              <Success>{t('account.invitation.done', { email: preview.data.email })}</Success>
              <Link to="/connexion" className="button primary">
                {t('account.toLogin')}
              </Link>
            </>
          ) : (
            <>
              <InvitationFields existing={existing} advice={advice} form={form} />
              <button
                type="submit"
                className="button primary"
                disabled={form.formState.isSubmitting}
              >
                {existing ? t('account.invitation.join') : t('account.invitation.submit')}
              </button>
            </>
          )}
        </form>
      )}
    </Page>
  );
}
