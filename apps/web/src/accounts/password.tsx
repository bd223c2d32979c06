import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors.js';
import { TextField } from '../ui/Field.js';
import './accounts.css';

/**
 * The estimator's advice on a refused password (auth/strength.ts on the server, in French): the
 * field shows the refusal, this list says how to do better. The dictionaries stay on the server.
 */
export function useAdvice() {
  const [advice, setAdvice] = useState<string[]>([]);
  /** Runs a write; a weak password keeps the server's advice, anything else clears it. */
  const watch = async <T,>(write: () => Promise<T>): Promise<T> => {
    try {
      const result = await write();
      setAdvice([]);
      return result;
    } catch (caught) {
      const weak = isApiError(caught) && caught.code === 'account.password_weak';
      const message = weak ? caught.fields.find((f) => f.path === 'password')?.message : undefined;
      setAdvice(message ? message.split(/(?<=\.)\s+/) : []);
      throw caught;
    }
  };
  return { advice, watch };
}

export function PasswordAdvice({ advice }: { advice: string[] }) {
  const { t } = useTranslation();
  if (advice.length === 0) return null;
  return (
    <div className="message message-info" aria-live="polite">
      <p>{t('account.adviceTitle')}</p>
      <ul>
        {advice.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

interface NewPasswordProps {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string | undefined;
  advice: string[];
}

/** Every form that sets a password (own account, reset link, invitation): the field, its hint, the advice. */
export function NewPasswordField({ label, registration, error, advice }: NewPasswordProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={label}
        hint={t('account.passwordHint')}
        type="password"
        autoComplete="new-password"
        registration={registration}
        error={error}
      />
      <PasswordAdvice advice={advice} />
    </>
  );
}

/** A link's token travels after '#', never to the server with the page request. */
export const tokenFromHash = (): string => window.location.hash.replace(/^#/, '');
