import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors.js';

interface Props {
  error: unknown;
  /** Reloads the participant after a stale-version conflict. */
  onReload?: () => void;
}

/** The form-level message for a failed request; a stale version offers to reload the file. */
export function FormError({ error, onReload }: Props) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const code = isApiError(error) ? error.code : 'internal.unexpected';
  if (code === 'resource.stale_version') {
    return (
      <div className="message message-error" role="alert">
        <p>{t('stale.message')}</p>
        {onReload !== undefined && (
          <button type="button" className="button secondary" onClick={onReload}>
            {t('stale.reload')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="message message-error" role="alert">
      <p>{t(`errors.${code}`)}</p>
    </div>
  );
}

export function Success({ children }: { children: string }) {
  return (
    <p className="message message-success" role="status">
      {children}
    </p>
  );
}
