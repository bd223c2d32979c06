import { zodResolver } from '@hookform/resolvers/zod';
import {
  forgotPasswordBodySchema,
  resetPasswordBodySchema,
  type ForgotPasswordBody,
  type ResetPasswordBody,
} from '@territoires/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/context.js';
import { Page } from '../layout/Page.js';
import { TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { NewPasswordField, tokenFromHash, useAdvice } from './password.js';

/** "Mot de passe oublié ?": the same answer whatever the address (the server's rule). */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const client = useApi();
  const form = useForm<ForgotPasswordBody>({
    resolver: zodResolver(forgotPasswordBodySchema),
    defaultValues: { email: '' },
  });
  const field = fieldsOf(form);
  const { submitError, done, onSubmit } = useFormSubmit(form, async (body) => {
    await client.call('forgotPassword', { body });
  });
  return (
    <Page title={t('account.forgot.title')}>
      <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <p>{t('account.forgot.intro')}</p>
        <FormError error={submitError.error} />
        {done && <Success>{t('account.forgot.done')}</Success>}
        <TextField
          label={t('account.forgot.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          {...field('email')}
        />
        <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
          {t('account.forgot.submit')}
        </button>
        <p className="hint">{t('account.forgot.noMail')}</p>
      </form>
    </Page>
  );
}

/** The page a reset link opens: one new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const client = useApi();
  const [token] = useState(tokenFromHash);
  const { advice, watch } = useAdvice();
  const form = useForm<ResetPasswordBody>({
    resolver: zodResolver(resetPasswordBodySchema),
    defaultValues: { token, password: '' },
  });
  const field = fieldsOf(form);
  const { submitError, done, onSubmit } = useFormSubmit(form, async (body) => {
    await watch(() => client.call('resetPassword', { body }));
  });
  return (
    <Page title={t('account.reset.title')}>
      <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormError error={submitError.error} />
        {done ? (
          <>
            <Success>{t('account.reset.done')}</Success>
            <Link to="/connexion" className="button primary">
              {t('account.toLogin')}
            </Link>
          </>
        ) : (
          <>
            <NewPasswordField
              label={t('account.reset.password')}
              advice={advice}
              {...field('password')}
            />
            <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
              {t('account.reset.submit')}
            </button>
          </>
        )}
      </form>
    </Page>
  );
}
