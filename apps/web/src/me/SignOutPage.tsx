import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../api/context.js';
import { Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { useSetParticipantSession } from './session.js';

/**
 * Signing out has its own screen: coming back needs a new code from the référent, so the person
 * reads that first, then confirms with one large button (or stays).
 */
export function SignOutPage() {
  const { t } = useTranslation();
  const client = useApi();
  const navigate = useNavigate();
  const setSession = useSetParticipantSession();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const signOut = async () => {
    setPending(true);
    setError(null);
    try {
      await client.call('participantSignOut');
    } catch (caught) {
      setPending(false);
      setError(caught);
      return;
    }
    setSession(null);
    await navigate('/moi/connexion', { replace: true });
  };

  return (
    <Page title={t('me.signOut.title')}>
      <FormError error={error} />
      <p className="me-lead">{t('me.signOut.explain')}</p>
      <div className="me-actions">
        <button
          type="button"
          className="button primary me-big-button"
          disabled={pending}
          onClick={() => void signOut()}
        >
          {t('me.signOut.confirm')}
        </button>
        <Link to="/moi" className="button secondary me-big-button">
          {t('me.signOut.stay')}
        </Link>
      </div>
    </Page>
  );
}
