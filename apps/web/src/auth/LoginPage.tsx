import { zodResolver } from '@hookform/resolvers/zod';
import { loginBodySchema, type LoginBody } from '@territoires/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useApi } from '../api/context.js';
import { Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { TextField } from '../ui/Field.js';
import { fieldsOf } from '../ui/fields.js';
import { useFormSubmit } from '../ui/useFormSubmit.js';
import { useSession, useSetSession } from './session.js';

export function LoginPage() {
  const { t } = useTranslation();
  const client = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const { session } = useSession();
  const setSession = useSetSession();
  const form = useForm<LoginBody>({
    resolver: zodResolver(loginBodySchema),
    defaultValues: { email: '', password: '' },
  });
  const { isSubmitting } = form.formState;
  const field = fieldsOf(form);
  // Without a page to go back to, the staff home sends each person to the first screen they may use.
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const { submitError, onSubmit } = useFormSubmit(form, async (body) => {
    const next = await client.call('login', { body });
    setSession(next);
    await navigate(from, { replace: true });
  });

  if (session !== null) return <Navigate to={from} replace />;

  return (
    <Page title={t('auth.title')}>
      <form className="card form narrow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <p>{t('auth.intro')}</p>
        <FormError error={submitError.error} />
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          {...field('email')}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          {...field('password')}
        />
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {isSubmitting ? t('auth.submitting') : t('auth.submit')}
        </button>
        <p>
          <Link to="/mot-de-passe/oublie">{t('account.forgotLink')}</Link>
        </p>
      </form>
    </Page>
  );
}
