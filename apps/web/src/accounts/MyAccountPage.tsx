import { zodResolver } from '@hookform/resolvers/zod';
import { changePasswordBodySchema, type ChangePasswordBody } from '@territoires/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../api/context.js';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { useSetSession } from '../auth/session.js';
import { Loading, Page } from '../layout/Page.js';
import { formatDate } from '../time/time.js';
import { TextField } from '../ui/Field.js';
import { FormError, Success } from '../ui/FormError.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { accountKeys } from './keys.js';
import { NewPasswordField, useAdvice } from './password.js';

function ChangePassword() {
  const { t } = useTranslation();
  const client = useApi();
  const { advice, watch } = useAdvice();
  const form = useForm<ChangePasswordBody>({
    resolver: zodResolver(changePasswordBodySchema),
    defaultValues: { currentPassword: '', password: '' },
  });
  const field = fieldsOf(form);
  const { submitError, done, onSubmit } = useFormSubmit(form, async (body) => {
    await watch(() => client.call('changePassword', { body }));
    form.reset();
  });
  return (
    <form
      className="card form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="password-title"
    >
      <h2 id="password-title">{t('account.mine.password')}</h2>
      <FormError error={submitError.error} />
      {done && <Success>{t('account.mine.done')}</Success>}
      <TextField
        label={t('account.mine.current')}
        type="password"
        autoComplete="current-password"
        {...field('currentPassword')}
      />
      <NewPasswordField label={t('account.mine.new')} advice={advice} {...field('password')} />
      <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
        {t('account.mine.submit')}
      </button>
    </form>
  );
}

function Sessions() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const sessions = useApiQuery('mySessions', accountKeys.sessions);
  const end = useApiMutation('signOutEverywhere');
  const signOutEverywhere = () => {
    end.mutate(
      {},
      {
        onSuccess: () => {
          setSession(null);
          void navigate('/connexion');
        },
      },
    );
  };
  return (
    <section className="card stack" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.mine.sessions')}</h2>
      {sessions.isPending && <Loading />}
      <FormError error={sessions.error ?? end.error} />
      <ul>
        {(sessions.data ?? []).map((session) => (
          <li key={session.id}>
            {t('account.mine.started', { date: formatDate(session.startedAt, i18n.language) })}{' '}
            {t('account.mine.expires', { date: formatDate(session.expiresAt, i18n.language) })}
            {session.current && <strong> ({t('account.mine.current_session')})</strong>}
          </li>
        ))}
      </ul>
      <p className="hint">{t('account.mine.signOutAllHint')}</p>
      <button
        type="button"
        className="button secondary"
        disabled={end.isPending}
        onClick={signOutEverywhere}
      >
        {t('account.mine.signOutAll')}
      </button>
    </section>
  );
}

/** Everyone's own page: their password and their open sessions. */
export function MyAccountPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('account.mine.title')}>
      <div className="stack">
        <ChangePassword />
        <Sessions />
      </div>
    </Page>
  );
}
