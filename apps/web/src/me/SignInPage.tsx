import type { ParticipantSession } from '@territoires/contracts';
import { looksLikeCardCode, normaliseSignInCode } from '@territoires/contracts/sign-in-code';
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../api/context.js';
import { Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { useParticipantSession, useSetParticipantSession } from './session.js';

/** Where to go once signed in: back to the page asked for, if it is in the space. */
function targetOf(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/moi') && !from.startsWith('/moi/connexion')
    ? from
    : '/moi';
}

/**
 * Signing in with a code, typed or from the URL; the URL's code is used at once, and only once.
 * The code stays in the field after a failure, to check it.
 */
function useSignIn() {
  const client = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const setSession = useSetParticipantSession();
  const fromUrl = params.get('code');
  const [code, setCode] = useState(fromUrl ?? '');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [cardShaped, setCardShaped] = useState(false);
  const [pending, setPending] = useState(fromUrl !== null);
  // A code is single-use: the sign-in from the URL must run once, even when effects run twice.
  const started = useRef(false);
  const target = targetOf(location.state);

  const signIn = async (typed: string): Promise<void> => {
    setError(null);
    setPending(true);
    let signedIn: ParticipantSession;
    try {
      signedIn = await client.call('participantSignIn', { body: { code: typed } });
    } catch (caught) {
      setError(caught);
      setPending(false);
      // The code that failed leaves the address bar too; it stays in the field to check.
      if (fromUrl !== null) setParams({}, { replace: true, state: location.state as unknown });
      return;
    }
    setSession(signedIn);
    await navigate(target, { replace: true });
  };

  useEffect(() => {
    if (fromUrl === null || started.current) return;
    started.current = true;
    const typed = normaliseSignInCode(fromUrl);
    if (typed === '') {
      setPending(false);
      setMissing(true);
      return;
    }
    void signIn(typed);
    // Runs once per code in the address.
  }, [fromUrl]);

  const submit = () => {
    const typed = normaliseSignInCode(code);
    setMissing(typed === '');
    // The card's code (8 characters) is not a way in: say so rather than spend a try on it.
    setCardShaped(looksLikeCardCode(typed));
    if (typed === '' || looksLikeCardCode(typed)) return;
    void signIn(typed);
  };
  return { fromUrl, target, code, setCode, error, missing, cardShaped, pending, submit };
}

function CodeForm({
  code,
  setCode,
  error,
  missing,
  cardShaped,
  pending,
  submit,
}: Omit<ReturnType<typeof useSignIn>, 'fromUrl' | 'target'>) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    submit();
  };
  return (
    <form className="me-signin" onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <div className="field">
        <label htmlFor={inputId} className="me-code-label">
          {t('me.signIn.code')}
        </label>
        <p id={hintId} className="hint">
          {t('me.signIn.hint')}
        </p>
        <input
          id={inputId}
          className="me-code-input"
          type="text"
          inputMode="text"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={40}
          value={code}
          onChange={(event) => {
            setCode(event.target.value);
          }}
          aria-invalid={missing || cardShaped}
          aria-describedby={missing || cardShaped ? `${hintId} ${errorId}` : hintId}
        />
        {(missing || cardShaped) && (
          <p id={errorId} className="field-error">
            {t(missing ? 'me.signIn.missing' : 'me.signIn.cardCode')}
          </p>
        )}
      </div>
      <button type="submit" className="button primary me-big-button" disabled={pending}>
        {pending ? t('me.signIn.signingIn') : t('me.signIn.submit')}
      </button>
      <p className="me-help">{t('me.signIn.help')}</p>
    </form>
  );
}

/**
 * The participant signs in with the code their référent gave: typed, or read from the QR code's URL
 * (`/moi/connexion?code=…`), in which case the sign-in starts at once. Once in, the sign-in URL is
 * replaced, so the code does not stay in the phone's history.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const { session } = useParticipantSession();
  const { fromUrl, target, ...form } = useSignIn();

  // Already signed in and no new code to use: straight to the space.
  if (fromUrl === null && !form.pending && form.error === null && session !== null)
    return <Navigate to={target} replace />;

  return (
    <Page title={t('me.signIn.title')}>
      {form.pending && fromUrl !== null ? (
        <p role="status" className="me-lead">
          {t('me.signIn.signingIn')}
        </p>
      ) : (
        <CodeForm {...form} />
      )}
    </Page>
  );
}
